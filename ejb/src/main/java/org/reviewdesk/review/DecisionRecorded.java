package org.reviewdesk.review;

import org.reviewdesk.request.Decision;
import org.reviewdesk.request.TargetedReviewRequest;

/** A case was decided (by a reviewer, or by the lapse of a documentation request); fired inside that transaction. */
public record DecisionRecorded(TargetedReviewRequest request, Decision decision) {}
