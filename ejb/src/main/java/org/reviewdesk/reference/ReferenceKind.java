package org.reviewdesk.reference;

import java.util.List;

/** The CSV files an administrator imports, each with its header row (docs/reference-data.md). */
public enum ReferenceKind {
    CLINICIANS("Clinicians", List.of("npi", "name", "clinician_type")),
    PRACTICES("Practices", List.of("tin", "legal_name")),
    CLINICIAN_PRACTICES("Clinician–practice links", List.of("npi", "tin")),
    VIRTUAL_GROUPS("Virtual groups", List.of("virtual_group_id", "name")),
    APM_ENTITIES("APM entities", List.of("apm_entity_id", "name"));

    private final String label;
    private final List<String> columns;

    ReferenceKind(String label, List<String> columns) {
        this.label = label;
        this.columns = columns;
    }

    public String label() {
        return label;
    }

    public List<String> columns() {
        return columns;
    }
}
