/**
 * "Forgot your password?", My account and the e-mail confirmation page.
 * Thin over {@code credentials}.
 */
package org.reviewdesk.credentials.web;
