package org.reviewdesk.request;

/** How the party's data was submitted to MIPS, which decides the identifier a request needs. */
public enum ApplicationType {
    INDIVIDUAL(
            "Individual",
            "Clinician NPI",
            "A MIPS eligible clinician who participated individually under a unique TIN/NPI combination, or a review of a clinician's MIPS eligibility"),
    GROUP(
            "Group",
            "Group TIN",
            "A practice that participated as a group by submitting aggregated data under a single TIN for all its eligible clinicians"),
    VIRTUAL_GROUP(
            "Virtual Group",
            "Virtual Group ID",
            "Part of an approved virtual group that submitted aggregate data under its virtual group ID for all its TINs"),
    APM_ENTITY(
            "APM Entity",
            "APM Entity ID",
            "A clinician or practice in an APM, or an APM Entity, scored under the APM Scoring Standard"),
    UNKNOWN(
            "Unknown",
            "Clinician NPI",
            "Select Unknown if you are unsure how you or the party requesting the review submitted data to MIPS");

    private final String label;
    private final String identifierLabel;
    private final String description;

    ApplicationType(String label, String identifierLabel, String description) {
        this.label = label;
        this.identifierLabel = identifierLabel;
        this.description = description;
    }

    public String label() {
        return label;
    }

    /** The field a submitter fills for this type. */
    public String identifierLabel() {
        return identifierLabel;
    }

    public String description() {
        return description;
    }

    /** Of a request's identifiers, the one this type is filed under. */
    public String identifierOf(String npi, String tin, String virtualGroupId, String apmEntityId) {
        return switch (this) {
            case INDIVIDUAL, UNKNOWN -> npi;
            case GROUP -> tin;
            case VIRTUAL_GROUP -> virtualGroupId;
            case APM_ENTITY -> apmEntityId;
        };
    }

    public boolean identifiedByNpi() {
        return this == INDIVIDUAL || this == UNKNOWN;
    }
}
