/**
 * The administrator's view of every dead-letter queue, with retry and discard.
 * Thin over {@code operations}.
 */
package org.reviewdesk.operations.web;
