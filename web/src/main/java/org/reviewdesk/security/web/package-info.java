/**
 * Signing in and the signed-in user: sign-in page and servlet, throttling screen, set-password page of a
 * one-time link, session lifetime, {@code OpenSessions} ending the sessions of a disabled or changed account.
 */
package org.reviewdesk.security.web;
