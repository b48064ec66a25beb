package org.reviewdesk.accounts;

import org.reviewdesk.security.UserAccount;

/**
 * An account just created by an administrator and the one-time link its holder chooses a password with: shown
 * to the administrator once, to hand over, and never stored (only its hash is, by {@link org.reviewdesk.security.OneTimeLinks}).
 */
public record Enrolment(UserAccount account, String link) {}
