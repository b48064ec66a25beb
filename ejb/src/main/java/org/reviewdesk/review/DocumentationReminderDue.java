package org.reviewdesk.review;

import java.time.Instant;
import org.reviewdesk.request.TargetedReviewRequest;

/**
 * Documentation is still missing and due soon; {@code daysLeft} is 0 on the last day. Fired inside the transaction
 * that records the reminder.
 */
public record DocumentationReminderDue(TargetedReviewRequest request, Instant dueAt, long daysLeft) {}
