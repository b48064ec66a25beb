package org.reviewdesk.search;

import org.reviewdesk.request.DecisionReason;
import org.reviewdesk.review.CaseSummary;

/** A case that reads like another, with how it was decided (null while it is open). */
public record SimilarCase(CaseSummary summary, DecisionReason decisionReason) {}
