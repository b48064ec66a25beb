/**
 * Accounts, roles, password hashing and policy, one-time links, sign-in throttling, the account audit trail and
 * {@code Viewer}, on whose behalf every service checks access; knows nothing of mail.
 */
package org.reviewdesk.security;
