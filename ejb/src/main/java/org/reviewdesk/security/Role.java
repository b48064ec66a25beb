package org.reviewdesk.security;

import java.util.Collection;
import java.util.stream.Collectors;

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

    /** "Reviewer, Supervisor": the roles' labels in this enum's order, as screens, mails and audit trails write them. */
    public static String labels(Collection<Role> roles) {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }
}
