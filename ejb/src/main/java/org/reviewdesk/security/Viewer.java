package org.reviewdesk.security;

import java.util.Set;

/**
 * The signed-in person on whose behalf a service reads or changes something; services check
 * every access against it.
 */
public record Viewer(String username, String email, Set<Role> roles) {

    public Viewer {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("A viewer needs a user name");
        }
        roles = Set.copyOf(roles);
    }

    /** Review staff see every case; submitters only their own and those shared with them. */
    public boolean isStaff() {
        return roles.contains(Role.REVIEWER) || roles.contains(Role.SUPERVISOR) || roles.contains(Role.ADMIN);
    }

    /** Works cases: reviewers, and supervisors who do everything a reviewer does. */
    public boolean reviews() {
        return roles.contains(Role.REVIEWER) || roles.contains(Role.SUPERVISOR);
    }

    /**
     * Whether they write on the cases they see (comments, notes, documentation requests, decisions):
     * the submitter's side and those who work cases, never an administrator, who only reads them (DESIGN §7).
     */
    public boolean actsOnCases() {
        return !isStaff() || reviews();
    }

    /** Balances the work: assigns, reassigns, switches automatic assignment. */
    public boolean supervises() {
        return roles.contains(Role.SUPERVISOR);
    }

    public static Viewer of(UserAccount account) {
        return new Viewer(account.username(), account.email(), account.roles());
    }
}
