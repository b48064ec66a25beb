package org.reviewdesk.request;

/**
 * How the party of a case reads, the one place every screen, document, mail and export takes it from:
 * "Valerie Shea (Individual)", its identifier shown beside it with a TIN masked.
 *
 * @param name       the party's name from the reference data, or null when it did not know the identifier
 * @param type       the application type, or null while the draft has none
 * @param identifier the typed identifier, or null while the draft has none
 */
public record Party(String name, ApplicationType type, PartyIdentifier identifier) {

    /** The party of a request or of a queue's row: its name, type and the identifier as stored. */
    public static Party of(String name, ApplicationType type, String identifier) {
        return new Party(name, type, type == null || identifier == null ? null : new PartyIdentifier(type, identifier));
    }

    /**
     * As the portal's and the workspace's headings show it: "Valerie Shea (Individual)"; the identifier, as typed,
     * stands in for a name the reference data did not know.
     */
    public String heading() {
        if (type == null) {
            return "Application type not chosen yet";
        }
        String shownName = name != null ? name : identifier == null ? null : identifier.value();
        return shownName + " (" + type.label() + ")";
    }

    /** As mail names it: "Pat Quinlan (Individual), Clinician NPI 1158813992"; a group's TIN only masked. */
    public String withIdentifier() {
        if (type == null) {
            return "not chosen yet";
        }
        String party = name != null ? name + " (" + type.label() + ")" : type.label();
        return identifier == null ? party : party + ", " + identifier.labelled();
    }

    /** The identifier as every list, document and export shows it (a TIN masked), or null without one. */
    public String shownIdentifier() {
        return identifier == null ? null : identifier.shown();
    }

    /** The identifier with its field label, "Clinician NPI 1158813992", or empty without one. */
    public String labelledIdentifier() {
        return identifier == null ? "" : identifier.labelled();
    }
}
