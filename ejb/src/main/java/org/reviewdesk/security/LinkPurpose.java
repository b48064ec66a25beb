package org.reviewdesk.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a one-time link ({@link OneTimeLinks}) lets its holder do, and what to do when it no longer works.
 */
public enum LinkPurpose {
    /** An administrator invited someone: they choose their first password. */
    INVITATION("invitation", "Ask your administrator for a new invitation."),
    /** Someone forgot their password, or an administrator sent a reset link. */
    PASSWORD_RESET("password-reset link", "Ask for a new one with \"Forgot your password?\" on the sign-in page."),
    /** A new e-mail address is confirmed by its owner; the link's detail holds the address. */
    EMAIL_CONFIRMATION("confirmation link", "Change your e-mail address again on your account page to get a new link."),
    /** The first administrator of a new installation chooses a password (docs/operations.md). */
    FIRST_PASSWORD(
            "first-password link",
            "Restart the server with the first administrator's variables to get a new one (docs/operations.md).");

    /** The purposes of the links that lead to the set-password page. */
    public static final Set<LinkPurpose> SETS_PASSWORD = EnumSet.of(INVITATION, PASSWORD_RESET, FIRST_PASSWORD);

    private final String noun;
    private final String remedy;

    LinkPurpose(String noun, String remedy) {
        this.noun = noun;
        this.remedy = remedy;
    }

    /** How a message names such a link: "invitation", "password-reset link". */
    public String noun() {
        return noun;
    }

    /** What its holder does when the link no longer works. */
    public String remedy() {
        return remedy;
    }
}
