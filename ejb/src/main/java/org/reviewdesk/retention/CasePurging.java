package org.reviewdesk.retention;

/**
 * A case is being purged; fired inside the purge's transaction before the case's rows go, so what keeps data about
 * the case elsewhere (the mail log) forgets it in the same transaction.
 */
public record CasePurging(long requestId) {}
