/**
 * The administrator's mail log (lazy, searched, filtered by state) and one mail's page with Resend.
 * Thin over {@code mail}.
 */
package org.reviewdesk.mail.web;
