/**
 * Participation reference data: clinicians, practices, virtual groups and APM entities with their
 * identifiers (NPI, TIN), the CSV import and its runs, lookups and the administrator's paged search.
 */
package org.reviewdesk.reference;
