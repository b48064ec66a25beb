package org.reviewdesk.request;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * How the party's data was submitted to MIPS, which decides the identifier a request needs. Everything that differs
 * between the types lives here (labels, the identifier's kind and rules, whether a practice is needed), so a new type
 * is one more constant.
 */
public enum ApplicationType {
    INDIVIDUAL(
            "Individual",
            "Clinician NPI",
            "Clinician Name",
            IdentifierKind.NPI,
            true,
            "A MIPS eligible clinician who participated individually under a unique TIN/NPI combination, or a review of a clinician's MIPS eligibility"),
    GROUP(
            "Group",
            "Group TIN",
            "Group Name",
            IdentifierKind.TIN,
            false,
            "A practice that participated as a group by submitting aggregated data under a single TIN for all its eligible clinicians"),
    VIRTUAL_GROUP(
            "Virtual Group",
            "Virtual Group ID",
            "Virtual Group Name",
            IdentifierKind.VIRTUAL_GROUP_ID,
            false,
            "Part of an approved virtual group that submitted aggregate data under its virtual group ID for all its TINs"),
    APM_ENTITY(
            "APM Entity",
            "APM Entity ID",
            "APM Entity Name",
            IdentifierKind.APM_ENTITY_ID,
            false,
            "A clinician or practice in an APM, or an APM Entity, scored under the APM Scoring Standard"),
    UNKNOWN(
            "Unknown",
            "Clinician NPI",
            "Clinician Name",
            IdentifierKind.NPI,
            false,
            "Select Unknown if you are unsure how you or the party requesting the review submitted data to MIPS");

    private final String label;
    private final String identifierLabel;
    private final String nameLabel;
    private final IdentifierKind identifierKind;
    private final boolean practiceRequired;
    private final String description;

    ApplicationType(
            String label,
            String identifierLabel,
            String nameLabel,
            IdentifierKind identifierKind,
            boolean practiceRequired,
            String description) {
        this.label = label;
        this.identifierLabel = identifierLabel;
        this.nameLabel = nameLabel;
        this.identifierKind = identifierKind;
        this.practiceRequired = practiceRequired;
        this.description = description;
    }

    public String label() {
        return label;
    }

    /** The field a submitter fills for this type. */
    public String identifierLabel() {
        return identifierLabel;
    }

    /** What the name of the party is called for this type: "Clinician Name", "Group Name". */
    public String nameLabel() {
        return nameLabel;
    }

    public String description() {
        return description;
    }

    public IdentifierKind identifierKind() {
        return identifierKind;
    }

    /**
     * The identifier as it is kept, read from what the submitter typed by the rules of this type's kind.
     *
     * @throws org.reviewdesk.validation.InvalidInput naming {@link #identifierLabel()} when it breaks them
     */
    public String parseIdentifier(String text) {
        return identifierKind.parse(text, identifierLabel);
    }

    /** The types whose identifiers are of the same kind as this one's, so the same value names the same party. */
    public Set<ApplicationType> sameIdentifierKind() {
        EnumSet<ApplicationType> same = EnumSet.noneOf(ApplicationType.class);
        Arrays.stream(values())
                .filter(type -> type.identifierKind == identifierKind)
                .forEach(same::add);
        return same;
    }

    /** Whether the party is a clinician, known by an NPI, who bills under a group practice. */
    public boolean identifiedByNpi() {
        return identifierKind == IdentifierKind.NPI;
    }

    /** Whether a request of this type is submitted only with the practice the clinician billed under. */
    public boolean practiceRequired() {
        return practiceRequired;
    }
}
