/**
 * Retention (DESIGN \u00a79): the periods, the plan and the nightly run, one case purged in one transaction
 * leaving a tombstone, legal holds and draft-purge warnings; announces {@code CasePurging} and {@code DraftPurgeWarned}.
 */
package org.reviewdesk.retention;
