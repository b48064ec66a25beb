package org.reviewdesk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.Viewer;

/** Which cases each queue of the reviewer workspace holds, as the condition its pages and count read. */
class QueueCriteriaTest {

    private static final Instant NOW = Instant.parse("2026-11-02T15:00:00Z");
    private static final Duration TARGET = Duration.ofDays(60);
    private static final Viewer RILEY = new Viewer("riley", "riley@example.org", Set.of(Role.REVIEWER));
    private static final Viewer MORGAN =
            new Viewer("morgan", "morgan@example.org", Set.of(Role.REVIEWER, Role.SUPERVISOR));

    private static QueueCriteria of(QueueQuery query, Viewer staff) {
        return QueueCriteria.of(query, staff, NOW, TARGET);
    }

    @Test
    void theUnassignedQueueHoldsCasesInReviewThatNobodyHasEvenWhenAReviewerIsChosen() {
        QueueCriteria unassigned = of(new QueueQuery(CaseQueue.UNASSIGNED, null, null, "riley", false), MORGAN);
        assertEquals("r.status = :inReview AND r.assignedReviewer IS NULL", unassigned.where());
        assertEquals(RequestStatus.SUBMITTED_IN_REVIEW, unassigned.parameters().get("inReview"));
        assertFalse(unassigned.parameters().containsKey("reviewer"), "nobody's cases have no reviewer to filter by");
    }

    @Test
    void myCasesAreTheCallersOwnInReview() {
        QueueCriteria mine = of(QueueQuery.of(CaseQueue.MINE), RILEY);
        assertEquals("r.status = :inReview AND r.assignedReviewer = :me", mine.where());
        assertEquals("riley", mine.parameters().get("me"));
    }

    @Test
    void aReviewerWaitsOnlyForTheirOwnSubmittersAndASupervisorSeesEveryoneWaiting() {
        QueueCriteria reviewer = of(QueueQuery.of(CaseQueue.WAITING_ON_SUBMITTER), RILEY);
        assertTrue(reviewer.where().contains("r.documentationDueAt IS NOT NULL"), reviewer.where());
        assertTrue(reviewer.where().endsWith("AND r.assignedReviewer = :me"), reviewer.where());
        assertEquals("riley", reviewer.parameters().get("me"));

        QueueCriteria supervisor = of(QueueQuery.of(CaseQueue.WAITING_ON_SUBMITTER), MORGAN);
        assertEquals("r.status = :inReview AND r.documentationDueAt IS NOT NULL", supervisor.where());
        assertFalse(supervisor.parameters().containsKey("me"));
        assertTrue(QueueQuery.of(CaseQueue.WAITING_ON_SUBMITTER).byDeadline(), "the waiting queue is by deadline");
    }

    @Test
    void aCaseIsOverdueOnceItWaitedLongerThanTheReviewTargetOrItsDocumentationDeadlinePassed() {
        QueueCriteria overdue = of(QueueQuery.of(CaseQueue.OVERDUE), RILEY);
        assertEquals(
                "r.status = :inReview AND (r.submittedAt < :reviewDue OR r.documentationDueAt < :now)",
                overdue.where());
        assertEquals(NOW.minus(TARGET), overdue.parameters().get("reviewDue"));
        assertEquals(NOW, overdue.parameters().get("now"));
    }

    @Test
    void closedCasesAreDecidedOrWithdrawnAfterSubmissionAndOpenOnesAreInReview() {
        QueueCriteria closed = of(QueueQuery.of(CaseQueue.CLOSED), RILEY);
        assertEquals("r.status IN :closed AND r.submittedAt IS NOT NULL", closed.where());
        assertEquals(
                Set.of(RequestStatus.APPROVED, RequestStatus.DENIED, RequestStatus.WITHDRAWN),
                closed.parameters().get("closed"));
        assertFalse(closed.parameters().containsKey("inReview"));

        QueueCriteria open = of(QueueQuery.of(CaseQueue.ALL_OPEN), RILEY);
        assertEquals("r.status = :inReview", open.where());
        assertEquals(RequestStatus.SUBMITTED_IN_REVIEW, open.parameters().get("inReview"));
    }

    @Test
    void theFiltersNarrowAnyQueueByIssueTypeYearAndReviewer() {
        QueueCriteria narrowed =
                of(new QueueQuery(CaseQueue.ALL_OPEN, IssueType.SUBMISSION, 2020, "riley", true), MORGAN);
        assertTrue(narrowed.where().startsWith("r.status = :inReview AND EXISTS ("), narrowed.where());
        assertTrue(narrowed.where().contains("t = :issueType"), narrowed.where());
        assertTrue(narrowed.where().contains(" AND r.performanceYear = :year"), narrowed.where());
        assertTrue(narrowed.where().endsWith(" AND r.assignedReviewer = :reviewer"), narrowed.where());
        assertEquals(IssueType.SUBMISSION, narrowed.parameters().get("issueType"));
        assertEquals(2020, narrowed.parameters().get("year"));
        assertEquals("riley", narrowed.parameters().get("reviewer"));

        QueueCriteria blankReviewer = of(new QueueQuery(CaseQueue.ALL_OPEN, null, null, " ", false), MORGAN);
        assertEquals("r.status = :inReview", blankReviewer.where(), "a blank reviewer filter is no filter");
    }
}
