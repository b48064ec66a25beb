/**
 * The administrator's screens for accounts: the lazy, searched account list and one account's page.
 * Thin beans over {@code accounts}.
 */
package org.reviewdesk.accounts.web;
