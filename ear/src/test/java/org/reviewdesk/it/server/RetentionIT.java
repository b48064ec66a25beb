package org.reviewdesk.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reviewdesk.attachment.Attachment;
import org.reviewdesk.attachment.AttachmentStore;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.attachment.PendingFile;
import org.reviewdesk.comment.Comments;
import org.reviewdesk.it.Eventually;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.it.TestFiling;
import org.reviewdesk.it.TestRequests;
import org.reviewdesk.request.CaseAction;
import org.reviewdesk.request.CaseHistory;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.request.TargetedReviews;
import org.reviewdesk.retention.CaseTombstone;
import org.reviewdesk.retention.LegalHolds;
import org.reviewdesk.retention.PlannedPurge;
import org.reviewdesk.retention.Retention;
import org.reviewdesk.retention.RetentionLog;
import org.reviewdesk.retention.RetentionPeriod;
import org.reviewdesk.retention.RetentionPlan;
import org.reviewdesk.retention.RetentionRun;
import org.reviewdesk.search.CaseIndexing;
import org.reviewdesk.search.CaseSearch;
import org.reviewdesk.search.SearchRequest;
import org.reviewdesk.search.SearchResults;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.Viewer;
import org.reviewdesk.validation.InvalidInput;

/**
 * Retention in the server, on a controlled clock: runs on days the test chooses purge nothing the day before
 * a case's date, and on its first purge day the case with its comments, files on disk, extracted text, index
 * entry and mail, leaving a tombstone; a case on legal hold is kept until the hold is released.
 * <p>
 * Cases can only be filed into an open window, so the test moves its cases to a performance year of their own
 * (2017, which no other test files into) with SQL, as an old installation would hold them: runs on the days
 * around that year's date touch no other test's cases.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("server")
class RetentionIT {

    private static final int OLD_YEAR = 2017;

    @Deployment
    static EnterpriseArchive deployment() {
        return TestDeployments.withTests(RetentionIT.class, TestFiling.class, TestRequests.class);
    }

    @Inject
    TestFiling filing;

    @EJB
    TargetedReviews reviews;

    @EJB
    Comments comments;

    @EJB
    Attachments attachments;

    @EJB
    CaseSearch search;

    @EJB
    CaseIndexing indexing;

    @EJB
    CaseHistory history;

    @EJB
    Retention retention;

    @EJB
    LegalHolds holds;

    @EJB
    RetentionLog log;

    @Inject
    AttachmentStore store;

    @Resource
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    private final Viewer supervisor =
            new Viewer("supervisor", "morgan.supervisor@example.org", Set.of(Role.SUPERVISOR));
    private final Random random = new Random();

    @Test
    void nothingIsPurgedTheDayBeforeItsDateAndEverythingTheDayAfterUnlessItIsHeld() throws Exception {
        OldCase purged = oldClosedCase();
        OldCase held = oldClosedCase();
        holds.place(held.id(), "Litigation hold requested by the Office of General Counsel, matter 2024-17");

        LocalDate lastDayKept = RetentionPeriod.lastDayKept(OLD_YEAR);
        Clock dayBefore = at(lastDayKept);
        assertTrue(
                retention.planFor(dayBefore).items().stream()
                        .noneMatch(item -> item.requestId() == purged.id() || item.requestId() == held.id()),
                "the run on " + lastDayKept + " plans nothing of them");
        RetentionRun keptRun = retention.run(dayBefore, "retention test");
        assertTrue(
                log.tombstonesOf(keptRun.id()).stream()
                        .noneMatch(t -> t.requestId() == purged.id() || t.requestId() == held.id()),
                "nothing of them is purged on the last day kept");
        for (OldCase each : List.of(purged, held)) {
            assertNotNull(find(each.id()), "kept on " + lastDayKept);
            assertTrue(store.holds(each.sha256()), "its file is on disk");
            assertEquals(
                    1L,
                    count("SELECT COUNT(*) FROM attachment_text WHERE attachment_id = ?", each.attachmentId()),
                    "its text is kept");
            assertTrue(found(each.word()).contains(each.id()), "it is still found by a word of its file");
        }

        Clock dayAfter = at(lastDayKept.plusDays(1));
        RetentionPlan plan = retention.planFor(dayAfter);
        assertEquals(
                List.of(PlannedPurge.Action.PURGE_CASE), actionsOn(plan, purged.id()), "the next run will remove it");
        assertEquals(
                List.of(PlannedPurge.Action.HELD),
                actionsOn(plan, held.id()),
                "the held case is kept, and the preview says why");
        RetentionRun run = retention.run(dayAfter, "retention test");
        // Other tests of this class may leave cases of the same year behind: the counts include theirs.
        assertTrue(
                run.casesPurged() >= 1 && run.held() >= 1 && run.filesRemoved() >= 1,
                "counted: " + run.casesPurged() + " purged, " + run.held() + " held, " + run.filesRemoved()
                        + " files removed");
        assertEquals(
                List.of(purged.id()),
                log.tombstonesOf(run.id()).stream()
                        .map(CaseTombstone::requestId)
                        .filter(id -> id == purged.id() || id == held.id())
                        .toList(),
                "the purged case has its tombstone from this run, the held one none");

        assertNull(find(purged.id()), "the case is gone");
        assertEquals(
                0L,
                count("SELECT COUNT(*) FROM request_comment WHERE request_id = ?", purged.id()),
                "its comments are gone");
        assertEquals(
                0L,
                count("SELECT COUNT(*) FROM attachment_text WHERE attachment_id = ?", purged.attachmentId()),
                "its text is gone");
        assertEquals(
                0L,
                count("SELECT COUNT(*) FROM case_event WHERE request_id = ?", purged.id()),
                "its audit trail is gone");
        assertEquals(0L, count("SELECT COUNT(*) FROM mail_log WHERE request_id = ?", purged.id()), "its mail is gone");
        assertFalse(store.holds(purged.sha256()), "its file is gone from disk");
        Eventually.await(
                "the purged case gone from the index", () -> found(purged.word()), ids -> !ids.contains(purged.id()));
        // The index entry goes with the index queue's next message, after the purge commits; search already drops a
        // hit whose case is gone, so the check itself is what to wait for.
        Eventually.await(
                "no index entry left of it",
                () -> indexing.check().orphaned(),
                orphaned -> !orphaned.contains(purged.id()));

        CaseTombstone tombstone = log.tombstoneOf(purged.id()).orElseThrow();
        assertEquals(OLD_YEAR, tombstone.performanceYear());
        assertEquals(RequestStatus.WITHDRAWN, tombstone.outcome());
        assertEquals(RetentionPeriod.firstPurgeDay(OLD_YEAR), tombstone.purgeDay());
        assertEquals(run.id(), tombstone.runId());
        assertTrue(
                log.latestRuns(5).stream()
                        .anyMatch(recorded -> recorded.id() == run.id()
                                && recorded.casesPurged() == run.casesPurged()
                                && recorded.finishedAt() != null),
                "the run is recorded with its counts");

        assertNotNull(find(held.id()), "the held case is kept");
        assertTrue(store.holds(held.sha256()), "with its file");
        assertTrue(found(held.word()).contains(held.id()), "and its index entry");

        InvalidInput noReason = assertThrows(InvalidInput.class, () -> holds.release(held.id(), " "));
        assertEquals("Reason", noReason.errors().getFirst().field());
        holds.release(held.id(), "The matter was settled; counsel released the hold");
        assertTrue(
                history.of(held.id(), supervisor).stream()
                        .anyMatch(event -> event.action() == CaseAction.HOLD_RELEASED
                                && event.details().contains("settled")),
                "the release is in the audit trail with its reason");
        RetentionRun afterRelease = retention.run(dayAfter, "retention test");
        assertTrue(
                log.tombstonesOf(afterRelease.id()).stream().anyMatch(t -> t.requestId() == held.id()),
                "released, it is purged by the next run");
        assertNull(find(held.id()));
        assertFalse(store.holds(held.sha256()));
    }

    @Test
    void aPurgeThatFailsLeavesTheCaseWholeAndIsReported() throws Exception {
        OldCase whole = oldClosedCase();
        // A row that refers to the case from a table the purge does not know: the database refuses the delete.
        sql(
                "CREATE TABLE IF NOT EXISTS retention_test_blocker (request_id BIGINT NOT NULL REFERENCES review_request (id))");
        sql("INSERT INTO retention_test_blocker (request_id) VALUES (?)", whole.id());
        try {
            RetentionRun run = retention.run(at(RetentionPeriod.firstPurgeDay(OLD_YEAR)), "retention test");
            assertTrue(run.failures() >= 1, "the failure is counted");
            assertTrue(run.problems().contains("ID " + whole.id() + ") was left whole"), run.problems());
            assertNotNull(find(whole.id()), "the case is whole");
            assertEquals(
                    1L,
                    count("SELECT COUNT(*) FROM request_comment WHERE request_id = ?", whole.id()),
                    "with its comment");
            assertEquals(
                    1L,
                    count("SELECT COUNT(*) FROM attachment_text WHERE attachment_id = ?", whole.attachmentId()),
                    "its text");
            assertTrue(store.holds(whole.sha256()), "and its file");
            assertTrue(log.tombstoneOf(whole.id()).isEmpty(), "no tombstone");
        } finally {
            sql("DELETE FROM retention_test_blocker WHERE request_id = ?", whole.id());
        }
        RetentionRun unblocked = retention.run(at(RetentionPeriod.firstPurgeDay(OLD_YEAR)), "retention test");
        assertTrue(
                log.tombstonesOf(unblocked.id()).stream().anyMatch(t -> t.requestId() == whole.id()),
                "purged once unblocked");
    }

    @Test
    void onlyAnAdministratorPlacesAHoldAndAReasonIsRequired() throws Exception {
        OldCase held = oldClosedCase();
        InvalidInput noReason = assertThrows(InvalidInput.class, () -> holds.place(held.id(), ""));
        assertEquals("Reason", noReason.errors().getFirst().field());
        holds.place(held.id(), "Audit by the Inspector General");
        assertTrue(
                history.of(held.id(), supervisor).stream()
                        .anyMatch(event -> event.action() == CaseAction.HOLD_PLACED
                                && event.details().equals("Audit by the Inspector General")),
                "placed, with its reason, in the audit trail");
        InvalidInput twice = assertThrows(InvalidInput.class, () -> holds.place(held.id(), "Again"));
        assertTrue(
                twice.errors().getFirst().message().contains("already on legal hold"),
                twice.errors().getFirst().message());
        holds.release(held.id(), "Audit closed");
    }

    @Test
    void anAbandonedDraftIsPurgedOnlyAfterItsOwnerWasWarnedAndAWarningPeriodPassed() throws Exception {
        String owner = "owner-" + UUID.randomUUID();
        long draft = reviews.startDraft(new Viewer(owner, owner + "@example.org", Set.of(Role.SUBMITTER)))
                .id();
        // A draft of the 2019 window (closed on October 5, 2020 in the demo), last saved while it was open.
        sql(
                "UPDATE review_request SET performance_year = 2019, number = ?, contact_email = ?, updated_at = ? WHERE id = ?",
                100_000 + random.nextInt(900_000),
                owner + "@example.org",
                java.sql.Timestamp.from(Instant.parse("2020-09-30T15:00:00Z")),
                draft);
        Instant now = Instant.now();
        Clock today = Clock.fixed(now, RetentionPeriod.ZONE);

        assertEquals(
                List.of(PlannedPurge.Action.WARN_DRAFT),
                actionsOn(retention.planFor(today), draft),
                "the preview says its owner is warned");
        RetentionRun warned = retention.run(today, "retention test");
        assertTrue(warned.draftsWarned() >= 1, "the warning is counted");
        assertEquals(
                1L,
                count("SELECT COUNT(*) FROM draft_purge_warning WHERE request_id = ?", draft),
                "the warning is recorded");
        assertTrue(
                count("SELECT COUNT(*) FROM mail_log WHERE recipients LIKE ?", "%" + owner + "%") >= 1,
                "and mailed to the owner");

        Clock dayBeforeItsDate = Clock.fixed(
                now.plus(RetentionPeriod.WARNING_LEAD).minus(java.time.Duration.ofDays(1)), RetentionPeriod.ZONE);
        assertTrue(
                actionsOn(retention.planFor(dayBeforeItsDate), draft).isEmpty(),
                "not purged before the warning period passed");
        retention.run(dayBeforeItsDate, "retention test");
        assertNotNull(find(draft), "kept the day before");

        Clock itsDate = Clock.fixed(
                now.plus(RetentionPeriod.WARNING_LEAD).plus(java.time.Duration.ofDays(1)), RetentionPeriod.ZONE);
        RetentionRun purgedRun = retention.run(itsDate, "retention test");
        assertNull(find(draft), "purged after the warning period: " + purgedRun.problems());
        CaseTombstone tombstone = log.tombstoneOf(draft).orElseThrow();
        assertEquals(CaseTombstone.Rule.ABANDONED_DRAFT, tombstone.rule());
        assertEquals(
                0L,
                count("SELECT COUNT(*) FROM mail_log WHERE request_id = ?", draft),
                "its warning mail goes with it");
        assertEquals(
                0L,
                count("SELECT COUNT(*) FROM draft_purge_warning WHERE request_id = ?", draft),
                "and the record of the warning");
        assertTrue(purgedRun.draftsPurged() >= 1);
    }

    /** A case filed now, commented on with a file, withdrawn, then moved to {@link #OLD_YEAR} and indexed again. */
    private OldCase oldClosedCase() throws Exception {
        String owner = "owner-" + UUID.randomUUID();
        String word = word();
        filing.file(TestRequests.group(
                "retention:" + UUID.randomUUID(),
                owner,
                filing.currentYear(),
                String.valueOf(100_000_000 + random.nextInt(899_999_999)),
                Set.of(IssueType.GENERAL),
                Set.of(PerformanceCategory.QUALITY),
                "A case for the retention test."));
        em.clear();
        long id = em.createQuery(
                        "SELECT r FROM TargetedReviewRequest r WHERE r.ownerUsername = :owner",
                        TargetedReviewRequest.class)
                .setParameter("owner", owner)
                .getSingleResult()
                .id();
        Viewer submitter = new Viewer(owner, owner + "@example.org", Set.of(Role.SUBMITTER));
        PendingFile file = attachments.upload(
                owner,
                "evidence-" + word + ".txt",
                new ByteArrayInputStream(("The evidence: " + word).getBytes(StandardCharsets.UTF_8)));
        comments.post(id, null, submitter, "Our evidence is attached.", false, List.of(file));
        reviews.withdraw(id, submitter);
        sql(
                "UPDATE review_request SET performance_year = ?, number = ? WHERE id = ?",
                OLD_YEAR,
                100_000 + random.nextInt(900_000),
                id);
        indexing.reindex(id);
        Attachment attachment = attachments.of(id, supervisor).getFirst();
        Eventually.await("the case indexed with its file's text", () -> found(word), ids -> ids.contains(id));
        return new OldCase(id, word, attachment.id(), attachment.sha256());
    }

    private record OldCase(long id, String word, long attachmentId, String sha256) {}

    /** A clock fixed at noon, US Eastern, on that day. */
    private static Clock at(LocalDate day) {
        return Clock.fixed(
                day.atTime(LocalTime.NOON).atZone(RetentionPeriod.ZONE).toInstant(), RetentionPeriod.ZONE);
    }

    private static List<PlannedPurge.Action> actionsOn(RetentionPlan plan, long id) {
        return plan.items().stream()
                .filter(item -> item.requestId() == id)
                .map(PlannedPurge::action)
                .toList();
    }

    private List<Long> found(String word) {
        SearchResults results = search.search(SearchRequest.of(word), supervisor);
        return results.hits().stream().map(hit -> hit.summary().id()).toList();
    }

    private TargetedReviewRequest find(long id) {
        em.clear();
        return em.find(TargetedReviewRequest.class, id);
    }

    private long count(String sql, Object parameter) {
        em.clear();
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }

    private void sql(String update, Object... parameters) throws Exception {
        TestDeployments.sql(transaction, em, update, parameters);
    }

    private String word() {
        StringBuilder word = new StringBuilder("zr");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
