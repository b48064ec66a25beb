package org.reviewdesk.review;

import java.time.Instant;
import org.reviewdesk.request.TargetedReviewRequest;

/** The reviewer asked for documentation, due at {@code dueAt}; fired inside the transaction that asks. */
public record DocumentationAsked(TargetedReviewRequest request, String whatIsNeeded, Instant dueAt) {}
