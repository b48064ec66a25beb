/**
 * What people do with their own credentials, with the mail it takes: "Forgot your password?" and reset
 * links ({@link org.reviewdesk.credentials.PasswordResets}), and the self-service of a signed-in user
 * ({@link org.reviewdesk.credentials.OwnAccount}): password, name, e-mail confirmed by a link. The rules
 * themselves (password policy, one-time links, audit trail) are in {@code security}, which knows nothing of mail.
 */
package org.reviewdesk.credentials;
