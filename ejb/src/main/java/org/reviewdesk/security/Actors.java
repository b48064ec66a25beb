package org.reviewdesk.security;

import jakarta.ejb.SessionContext;

/**
 * Who did something, for the audit trails: the signed-in caller's user name, or {@link AccountHistory#SYSTEM}
 * for what Review Desk does by itself (a startup bean running as a role has no user: the container calls it
 * "anonymous").
 */
public final class Actors {

    private static final String ANONYMOUS = "anonymous";

    private Actors() {}

    public static String of(SessionContext context) {
        String name = context.getCallerPrincipal().getName();
        return name == null || ANONYMOUS.equals(name) ? AccountHistory.SYSTEM : name;
    }

    /** The actor's name as people read it: their account's name, or "Review Desk" for the system. */
    public static String nameOf(String actor, UserAccounts accounts) {
        return AccountHistory.SYSTEM.equals(actor) ? "Review Desk" : accounts.displayNameOf(actor);
    }
}
