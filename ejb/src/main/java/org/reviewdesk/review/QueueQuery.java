package org.reviewdesk.review;

import org.reviewdesk.request.IssueType;

/**
 * Which cases a queue screen lists, in what order.
 *
 * @param issueType       only cases with this issue type, or all when null
 * @param performanceYear only cases of this year, or all when null
 * @param reviewer        only cases of this reviewer (supervisors' filter), or all when null
 * @param newestFirst     by submission time, newest first instead of oldest first; the waiting
 *                        queue is always ordered by documentation deadline, soonest first
 */
public record QueueQuery(
        CaseQueue queue, IssueType issueType, Integer performanceYear, String reviewer, boolean newestFirst) {

    public QueueQuery {
        if (queue == null) {
            throw new IllegalArgumentException("A queue query names its queue");
        }
    }

    public static QueueQuery of(CaseQueue queue) {
        return new QueueQuery(queue, null, null, null, false);
    }

    boolean byDeadline() {
        return queue == CaseQueue.WAITING_ON_SUBMITTER;
    }
}
