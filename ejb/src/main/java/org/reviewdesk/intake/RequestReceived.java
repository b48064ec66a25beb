package org.reviewdesk.intake;

import org.reviewdesk.request.TargetedReviewRequest;

/**
 * A request was certified and submitted (portal or intake); fired inside the transaction that submits it, so its
 * confirmation is queued exactly when the submission commits.
 */
public record RequestReceived(TargetedReviewRequest request) {}
