package org.reviewdesk.request;

/**
 * Something was done to a case and went into its audit trail; fired inside the transaction that
 * does it, so what observes it (the search index) acts only if that transaction commits.
 */
public record CaseActivity(long requestId, CaseAction action) {}
