package org.reviewdesk.comment;

import org.reviewdesk.request.TargetedReviewRequest;

/**
 * Review staff wrote a comment the submitter's side reads (not an internal note): news for everyone on the request.
 * Fired inside the transaction that writes it, after {@link CommentPosted}.
 */
public record StaffCommented(TargetedReviewRequest request, String authorName, String body) {}
