/**
 * The administrator's retention screen and the case page's retention section with its legal hold.
 * Thin over {@code retention}.
 */
package org.reviewdesk.retention.web;
