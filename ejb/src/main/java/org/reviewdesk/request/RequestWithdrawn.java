package org.reviewdesk.request;

/**
 * A submitted request was withdrawn by its submitter; fired inside the transaction that withdraws it, so the notice
 * to everyone on the request is queued exactly when the withdrawal commits. A draft's withdrawal fires nothing.
 */
public record RequestWithdrawn(TargetedReviewRequest request) {}
