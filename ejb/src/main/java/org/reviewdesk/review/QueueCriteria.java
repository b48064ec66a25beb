package org.reviewdesk.review;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.security.Viewer;

/**
 * Which cases a queue holds, as the JPQL condition on {@code TargetedReviewRequest r} and its parameters: the one
 * statement of each queue's rule, for its pages and its count alike. Pure, so the rules are tested without a database:
 * a case in review with no reviewer is unassigned; a reviewer's waiting queue is their own cases waiting on the
 * submitter, a supervisor's is everyone's; a case is overdue when it waited longer than the review target since it
 * was submitted or its documentation deadline passed; closed is decided or withdrawn after submission.
 *
 * @param where      the condition, without the {@code WHERE}
 * @param parameters the named parameters the condition uses, in the order it names them
 */
record QueueCriteria(String where, Map<String, Object> parameters) {

    /** The closed queue's statuses: a decided or withdrawn case, never a draft withdrawn before submission. */
    static final Set<RequestStatus> CLOSED = Collections.unmodifiableSet(
            EnumSet.of(RequestStatus.APPROVED, RequestStatus.DENIED, RequestStatus.WITHDRAWN));

    /** The cases of {@code query} for {@code staff} at {@code now}, with {@code reviewTarget} for the overdue queue. */
    static QueueCriteria of(QueueQuery query, Viewer staff, Instant now, Duration reviewTarget) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(queue(query.queue(), staff, now, reviewTarget, parameters));
        if (query.queue() == CaseQueue.CLOSED) {
            parameters.put("closed", EnumSet.copyOf(CLOSED));
        } else {
            parameters.put("inReview", RequestStatus.SUBMITTED_IN_REVIEW);
        }
        if (query.issueType() != null) {
            where.append(
                    " AND EXISTS (SELECT t FROM TargetedReviewRequest c JOIN c.issueTypes t WHERE c = r AND t = :issueType)");
            parameters.put("issueType", query.issueType());
        }
        if (query.performanceYear() != null) {
            where.append(" AND r.performanceYear = :year");
            parameters.put("year", query.performanceYear());
        }
        if (query.reviewer() != null && !query.reviewer().isBlank() && query.queue() != CaseQueue.UNASSIGNED) {
            where.append(" AND r.assignedReviewer = :reviewer");
            parameters.put("reviewer", query.reviewer());
        }
        return new QueueCriteria(where.toString(), Collections.unmodifiableMap(parameters));
    }

    private static String queue(
            CaseQueue queue, Viewer staff, Instant now, Duration reviewTarget, Map<String, Object> parameters) {
        return switch (queue) {
            case UNASSIGNED -> "r.status = :inReview AND r.assignedReviewer IS NULL";
            case MINE -> {
                parameters.put("me", staff.username());
                yield "r.status = :inReview AND r.assignedReviewer = :me";
            }
            case WAITING_ON_SUBMITTER -> {
                if (staff.supervises()) {
                    yield "r.status = :inReview AND r.documentationDueAt IS NOT NULL";
                }
                parameters.put("me", staff.username());
                yield "r.status = :inReview AND r.documentationDueAt IS NOT NULL AND r.assignedReviewer = :me";
            }
            case OVERDUE -> {
                parameters.put("reviewDue", now.minus(reviewTarget));
                parameters.put("now", now);
                yield "r.status = :inReview AND (r.submittedAt < :reviewDue OR r.documentationDueAt < :now)";
            }
            case ALL_OPEN -> "r.status = :inReview";
            case CLOSED -> "r.status IN :closed AND r.submittedAt IS NOT NULL";
        };
    }
}
