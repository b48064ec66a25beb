package org.reviewdesk.security;

/**
 * What a signed-in user may do. The names are the role names of the web and EJB
 * security constraints and of the {@code user_role} table.
 */
public enum Role {
    SUBMITTER("Submitter"),
    REVIEWER("Reviewer"),
    SUPERVISOR("Supervisor"),
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
