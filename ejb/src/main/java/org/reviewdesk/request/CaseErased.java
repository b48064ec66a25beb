package org.reviewdesk.request;

/**
 * A case is being purged for good (retention): fired inside the purge's transaction, before the case's row
 * goes, so that what other packages keep about it (the mail log) is removed in the same transaction. An
 * observer that fails rolls the whole purge back and the case stays whole.
 */
public record CaseErased(long requestId) {
}
