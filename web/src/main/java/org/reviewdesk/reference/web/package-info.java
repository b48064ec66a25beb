/**
 * The administrator's reference data screens: the CSV import and the lazy browser of records and imports.
 * Thin over {@code reference}.
 */
package org.reviewdesk.reference.web;
