package org.reviewdesk.api;

/** What kind of intermediary an API client is. */
public enum ApiClientKind {
    REGISTRY_QCDR("Registry / QCDR"),
    EHR_VENDOR("EHR vendor"),
    OTHER("Other");

    private final String label;

    ApiClientKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
