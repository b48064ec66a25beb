package org.reviewdesk.request;

/** The submitter's relationship to the party the request is for. */
public enum Relationship {
    CLINICIAN("Clinician"),
    CONSULTANT("Consultant"),
    PHYSICIAN_STAFF("Physician Staff"),
    REGISTRY_QCDR("Registry / QCDR"),
    EHR_VENDOR("EHR Vendor"),
    OTHER("Other");

    private final String label;

    Relationship(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
