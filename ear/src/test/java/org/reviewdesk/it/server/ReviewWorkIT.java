package org.reviewdesk.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.ejb.EJB;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reviewdesk.attachment.Attachment;
import org.reviewdesk.attachment.AttachmentNotFound;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.attachment.PendingFile;
import org.reviewdesk.comment.Comment;
import org.reviewdesk.comment.CommentNotFound;
import org.reviewdesk.comment.Comments;
import org.reviewdesk.intake.Intake;
import org.reviewdesk.intake.IntakeMessage;
import org.reviewdesk.intake.IntakeQueue;
import org.reviewdesk.it.Eventually;
import org.reviewdesk.it.Mailboxes;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.it.TestRequests;
import org.reviewdesk.request.CaseAction;
import org.reviewdesk.request.CaseEvent;
import org.reviewdesk.request.CaseHistory;
import org.reviewdesk.request.DecisionReason;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.request.SubmissionWindows;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.review.Assignments;
import org.reviewdesk.review.CaseChanged;
import org.reviewdesk.review.CaseQueue;
import org.reviewdesk.review.CaseQueues;
import org.reviewdesk.review.Decisions;
import org.reviewdesk.review.DocumentationRequest;
import org.reviewdesk.review.DocumentationRequests;
import org.reviewdesk.review.QueuePage;
import org.reviewdesk.review.QueueQuery;
import org.reviewdesk.review.ReviewWork;
import org.reviewdesk.review.ReviewerProfile;
import org.reviewdesk.scheduling.Deadlines;
import org.reviewdesk.security.PasswordHash;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;
import org.reviewdesk.security.Viewer;
import org.reviewdesk.validation.InvalidInput;

/**
 * The reviewer's work on the services, in the server: fair automatic assignment (also under concurrent intake),
 * reassignment with its e-mails and audit, two people acting on one case at once, and the documentation clock
 * (answered: never fires; unanswered: one reminder, then one automatic denial). The clock runs on a few seconds
 * here, set the way an operator sets it ({@code reviewdesk.documentation-period}); the restart case is
 * {@link DocumentationClockRestartIT}.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("server")
class ReviewWorkIT {

    private static final String DEMO_REVIEWER = "reviewer";
    private static final String SUBMITTER_ADDRESS = TestRequests.CONTACT;

    @Deployment
    static EnterpriseArchive deployment() {
        return TestDeployments.addToEjbModule(
                TestDeployments.withTests(ReviewWorkIT.class, TestRequests.class), DeadlineRecorder.class);
    }

    @EJB
    Intake intake;

    @EJB
    IntakeQueue intakeQueue;

    @EJB
    SubmissionWindows windows;

    @EJB
    Assignments assignments;

    @EJB
    CaseQueues queues;

    @EJB
    ReviewWork work;

    @EJB
    Decisions decisions;

    @EJB
    DocumentationRequests documentation;

    @EJB
    Comments comments;

    @EJB
    Attachments attachments;

    @EJB
    CaseHistory history;

    @EJB
    Deadlines deadlines;

    @EJB
    UserAccounts accounts;

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    DeadlineRecorder fired;

    private final Viewer supervisor =
            new Viewer("supervisor", "morgan.supervisor@example.org", Set.of(Role.SUPERVISOR));
    private GreenMail smtp;
    private Set<IssueType> demoReviewerTypes;
    private boolean demoReviewerAccepting;

    @BeforeEach
    void quietDemoReviewerAndListenForMail() {
        // The demo reviewer takes every issue type; out of the way, so each test decides who may get its cases.
        ReviewerProfile demo = assignments.profile(DEMO_REVIEWER).orElseThrow();
        demoReviewerTypes = EnumSet.copyOf(demo.issueTypes());
        demoReviewerAccepting = demo.isAcceptingCases();
        assignments.setUp(DEMO_REVIEWER, demoReviewerTypes, false, supervisor);
        assignments.switchAutomatic(true, supervisor);
        smtp = new GreenMail(new ServerSetup(
                Integer.parseInt(System.getenv("REVIEWDESK_SMTP_PORT")), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void restore() {
        System.clearProperty("reviewdesk.documentation-period");
        System.clearProperty("reviewdesk.documentation-reminder");
        assignments.setUp(DEMO_REVIEWER, demoReviewerTypes, demoReviewerAccepting, supervisor);
        assignments.switchAutomatic(true, supervisor);
        smtp.stop();
    }

    @Test
    void newCasesGoToTheLeastBusyReviewerOfTheirIssueTypeEvenWhenTheyArriveTogether() {
        Viewer busy = reviewer("busy");
        Viewer idle = reviewer("idle");
        Viewer other = reviewer("other");
        assignments.setUp(busy.username(), Set.of(IssueType.EXTREME_UNCONTROLLABLE_CIRCUMSTANCES), true, supervisor);
        assignments.setUp(
                idle.username(),
                Set.of(IssueType.EXTREME_UNCONTROLLABLE_CIRCUMSTANCES, IssueType.SUBMISSION),
                true,
                supervisor);
        assignments.setUp(other.username(), Set.of(IssueType.GENERAL), true, supervisor);
        // busy already has two open cases of another kind.
        assignments.switchAutomatic(false, supervisor);
        List<Long> earlier = List.of(
                file(IssueType.MEASURE_ACTIVITY).id(),
                file(IssueType.MEASURE_ACTIVITY).id());
        assertNull(
                reload(earlier.getFirst()).assignedReviewer(),
                "with automatic assignment off a new case waits unassigned");
        assignments.reassign(earlier, busy.username(), "Preparing the test", supervisor);
        assignments.switchAutomatic(true, supervisor);

        // Ten cases at once through the intake queue: its consumers file them concurrently.
        String batch = "fair-" + UUID.randomUUID();
        for (int i = 0; i < 10; i++) {
            IntakeMessage message = request(batch, IssueType.EXTREME_UNCONTROLLABLE_CIRCUMSTANCES);
            intakeQueue.submit(message.requestKey(), message.toJson());
        }
        List<TargetedReviewRequest> filed =
                Eventually.await("the ten cases", () -> casesOf(batch), cases -> cases.size() == 10);

        Map<String, Long> perReviewer = filed.stream()
                .collect(Collectors.groupingBy(
                        request -> String.valueOf(request.assignedReviewer()), Collectors.counting()));
        // idle first catches up with busy's two, then they alternate (the one assigned least recently first): 6 and 4.
        assertEquals(
                Map.of(idle.username(), 6L, busy.username(), 4L),
                perReviewer,
                "each case went to whoever had the fewest open cases among the reviewers of its issue type");
        assertFalse(perReviewer.containsKey(other.username()), "a reviewer of other issue types gets none");

        TargetedReviewRequest general = file(IssueType.GENERAL);
        assertEquals(other.username(), reload(general.id()).assignedReviewer());
        List<CaseEvent> trail = history.of(general.id(), supervisor);
        assertTrue(
                trail.stream()
                        .anyMatch(event -> event.action() == CaseAction.ASSIGNED
                                && event.details().contains("had 0 open cases")),
                "the audit trail says why the reviewer was chosen: "
                        + trail.stream().map(CaseEvent::details).toList());

        assignments.setUp(other.username(), Set.of(IssueType.GENERAL), false, supervisor);
        assertNull(
                reload(file(IssueType.GENERAL).id()).assignedReviewer(),
                "a reviewer who takes no new cases gets none; the case waits in the unassigned queue");
    }

    @Test
    void aSupervisorReassignsSeveralCasesWithAReasonTheReviewersAreMailedAndTheTrailSaysWhy() {
        Viewer from = reviewer("from");
        Viewer to = reviewer("to");
        assignments.switchAutomatic(false, supervisor);
        TargetedReviewRequest first = file(IssueType.SUBMISSION);
        TargetedReviewRequest second = file(IssueType.SUBMISSION);
        assignments.claim(first.id(), from, reload(first.id()).version());
        assignments.claim(second.id(), from, reload(second.id()).version());

        InvalidInput noReason = assertThrows(
                InvalidInput.class,
                () -> assignments.reassign(List.of(first.id(), second.id()), to.username(), " ", supervisor));
        assertEquals("Reason", noReason.errors().getFirst().field());
        assertThrows(
                InvalidInput.class,
                () -> assignments.reassign(List.of(first.id()), to.username(), "Balancing", from),
                "a reviewer cannot reassign");

        assignments.reassign(
                List.of(first.id(), second.id()), to.username(), "Riley is on leave next week", supervisor);

        assertEquals(to.username(), reload(first.id()).assignedReviewer());
        assertEquals(to.username(), reload(second.id()).assignedReviewer());
        List<MimeMessage> gained =
                Eventually.await("the new reviewer's mail", () -> Mailboxes.to(smtp, to.email()), m -> !m.isEmpty());
        List<MimeMessage> lost = Eventually.await(
                "the previous reviewer's mail", () -> Mailboxes.to(smtp, from.email()), m -> !m.isEmpty());
        assertEquals(1, gained.size(), "one mail for the whole batch");
        assertEquals("Review Desk: 2 cases assigned to you", subject(gained.getFirst()));
        assertEquals("Review Desk: 2 of your cases reassigned", subject(lost.getFirst()));
        String body = body(gained.getFirst());
        assertTrue(
                body.contains(first.displayId())
                        && body.contains(second.displayId())
                        && body.contains("Riley is on leave next week"),
                body);
        assertFalse(subject(gained.getFirst()).contains("[Review Desk #"), "staff mail carries no reply tag");

        CaseEvent reassigned = history.of(first.id(), supervisor).stream()
                .filter(event -> event.action() == CaseAction.REASSIGNED)
                .findFirst()
                .orElseThrow();
        assertEquals("supervisor", reassigned.actor());
        assertTrue(reassigned.details().contains("Riley is on leave next week"), reassigned.details());

        // A batch with a decided case is refused as a whole, naming the case; nothing moves.
        decisions.decide(
                second.id(),
                to,
                reload(second.id()).version(),
                DecisionReason.NO_ERROR_FOUND,
                "We checked the calculation.");
        InvalidInput refused = assertThrows(
                InvalidInput.class,
                () -> assignments.reassign(
                        List.of(first.id(), second.id()), from.username(), "Back again", supervisor));
        assertTrue(refused.getMessage().contains(second.displayId()), refused.getMessage());
        assertEquals(to.username(), reload(first.id()).assignedReviewer(), "nothing half-done");
    }

    @Test
    void whenTwoPeopleActOnOneCaseOneWinsAndTheOtherIsToldWhatChanged() throws Exception {
        Viewer riley = reviewer("riley");
        Viewer dana = reviewer("dana");
        assignments.switchAutomatic(false, supervisor);

        // Two reviewers claim the same case at the same moment: exactly one gets it.
        TargetedReviewRequest contested = file(IssueType.SUBMISSION);
        long seen = reload(contested.id()).version();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<String>> claims = new ArrayList<>();
        for (Viewer claimant : List.of(riley, dana)) {
            claims.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    assignments.claim(contested.id(), claimant, seen);
                    return "claimed";
                } catch (CaseChanged changed) {
                    return "changed";
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        start.countDown();
        List<String> outcomes =
                claims.stream().map(CompletableFuture::join).sorted().toList();
        assertEquals(List.of("changed", "claimed"), outcomes);
        String winner = reload(contested.id()).assignedReviewer();
        assertTrue(winner.equals(riley.username()) || winner.equals(dana.username()));

        // The reviewer decides while the supervisor acts on a page opened before: the supervisor is told what changed.
        TargetedReviewRequest decided = file(IssueType.SUBMISSION);
        assignments.claim(decided.id(), riley, reload(decided.id()).version());
        long supervisorSaw = reload(decided.id()).version();
        decisions.decide(
                decided.id(),
                riley,
                supervisorSaw,
                DecisionReason.CALCULATION_ERROR_CONFIRMED,
                "We corrected the score.");
        CaseChanged conflict =
                assertThrows(CaseChanged.class, () -> assignments.claim(decided.id(), supervisor, supervisorSaw));
        List<CaseEvent> changes = work.changesSince(conflict);
        assertEquals(
                List.of(CaseAction.DECIDED),
                changes.stream().map(CaseEvent::action).toList());
        assertEquals(riley.username(), changes.getFirst().actor());
        CaseChanged second = assertThrows(
                CaseChanged.class,
                () -> decisions.decide(
                        decided.id(), riley, supervisorSaw, DecisionReason.NO_ERROR_FOUND, "A second decision"));
        assertEquals(supervisorSaw, second.seenVersion());
        TargetedReviewRequest after = reload(decided.id());
        assertEquals(RequestStatus.APPROVED, after.status(), "the first decision stands");
        assertEquals("We corrected the score.", after.decision().narrative(), "nothing was overwritten");
    }

    @Test
    void aDocumentationRequestAnsweredByTheSubmitterStopsTheClockAndNeverFires() throws Exception {
        Viewer riley = reviewer("clock");
        TargetedReviewRequest request = claimedOnAShortClock(riley, "PT6S", "PT3S");

        DocumentationRequest asked = documentation.ask(
                request.id(), riley, reload(request.id()).version(), "The QRDA file you sent to the registry");
        assertEquals(2, pendingFor(asked), "a reminder and a lapse are scheduled");
        assertEquals(asked.dueAt(), reload(request.id()).documentationDueAt());
        assertEquals(
                1,
                Eventually.await(
                                "the request mail",
                                () -> Mailboxes.withSubject(
                                        smtp,
                                        "[Review Desk #" + request.id() + "] " + request.displayId()
                                                + ": documentation requested"),
                                m -> !m.isEmpty())
                        .size());

        Viewer owner = new Viewer(request.ownerUsername(), SUBMITTER_ADDRESS, Set.of(Role.SUBMITTER));
        comments.post(request.id(), owner, "Attached is the QRDA file.");

        assertEquals(0, pendingFor(asked), "the answer cancelled both deadlines");
        DocumentationRequest answered = documentation.of(request.id(), owner).getFirst();
        assertEquals("Answered", answered.state());
        assertEquals(request.ownerUsername(), answered.answeredBy());
        assertNull(reload(request.id()).documentationDueAt(), "the case no longer waits on the submitter");

        documentation.rescheduleMissing();
        assertEquals(0, pendingFor(asked), "an answered request gets no deadlines back at start-up");
        Thread.sleep(8000);
        assertTrue(fired.reachedFor(String.valueOf(asked.id())).isEmpty(), "a cancelled deadline never fires");
        assertEquals(RequestStatus.SUBMITTED_IN_REVIEW, reload(request.id()).status());
        assertTrue(actions(request.id()).contains(CaseAction.DOCUMENTATION_ANSWERED));
    }

    @Test
    void anUnansweredDocumentationRequestIsRemindedOnceThenDeniesTheCaseOnceAndEveryoneIsTold() {
        Viewer riley = reviewer("lapse");
        TargetedReviewRequest request = claimedOnAShortClock(riley, "PT8S", "PT4S");
        DocumentationRequest asked =
                documentation.ask(request.id(), riley, reload(request.id()).version(), "Your signed attestation");

        TargetedReviewRequest denied = Eventually.await(
                "the automatic denial",
                () -> reload(request.id()),
                current -> current.status() == RequestStatus.DENIED);
        assertEquals(
                DecisionReason.DOCUMENTATION_NOT_PROVIDED, denied.decision().reason());
        assertEquals(CaseHistory.SYSTEM, denied.decision().decidedBy());
        assertTrue(
                denied.decision().narrative().contains("Your signed attestation"),
                denied.decision().narrative());

        String tag = "[Review Desk #" + request.id() + "] " + request.displayId();
        Eventually.await("the decision mail", () -> Mailboxes.withSubject(smtp, tag + " denied"), m -> !m.isEmpty());
        List<MimeMessage> toReviewer =
                Eventually.await("the reviewer's mail", () -> Mailboxes.to(smtp, riley.email()), m -> !m.isEmpty());
        assertEquals("Review Desk: " + request.displayId() + ": denied automatically", subject(toReviewer.getFirst()));
        assertEquals(
                1,
                Mailboxes.withSubject(smtp, tag + ": documentation due today").size(),
                "exactly one reminder");
        assertEquals(1, Mailboxes.withSubject(smtp, tag + " denied").size(), "exactly one decision mail");

        List<CaseAction> actions = actions(request.id());
        assertEquals(
                1,
                actions.stream()
                        .filter(CaseAction.DOCUMENTATION_REMINDED::equals)
                        .count(),
                actions.toString());
        assertEquals(
                1,
                actions.stream().filter(CaseAction.DOCUMENTATION_LAPSED::equals).count(),
                actions.toString());
        assertEquals(1, actions.stream().filter(CaseAction.DECIDED::equals).count(), actions.toString());
        assertEquals(
                1,
                fired.reachedFor(String.valueOf(asked.id())).stream()
                        .filter(reached -> reached.deadline().kind().equals("documentation-lapse"))
                        .count(),
                "the lapse fired once");
    }

    @Test
    void anInternalNoteAndItsFileStayWithStaffAndItsMentionsReachOnlyStaff() {
        Viewer riley = reviewer("notes");
        TargetedReviewRequest request = file(IssueType.SUBMISSION);
        Viewer owner = new Viewer(request.ownerUsername(), SUBMITTER_ADDRESS, Set.of(Role.SUBMITTER));
        PendingFile upload = attachments.upload(
                riley.username(),
                "working-notes.txt",
                new ByteArrayInputStream("Staff reasoning about the TIN".getBytes(StandardCharsets.UTF_8)));

        Comment note = comments.post(
                request.id(),
                null,
                riley,
                "@supervisor @" + request.ownerUsername() + " @nobody-at-all the registry's TIN looks wrong",
                true,
                List.of(upload));
        Comment reply = comments.post(request.id(), note.id(), supervisor, "Agreed.", false, List.of());

        assertTrue(reply.isInternalNote(), "a reply to a note is a note");
        Attachment noteFile = attachments.of(request.id(), riley).stream()
                .filter(file -> note.id().equals(file.commentId()))
                .findFirst()
                .orElseThrow();
        assertTrue(noteFile.isStaffOnly());
        assertTrue(
                comments.thread(request.id(), owner).isEmpty(),
                "the submitter sees neither the note nor the reply to it");
        assertTrue(attachments.of(request.id(), owner).stream()
                .noneMatch(file -> file.id().equals(noteFile.id())));
        assertThrows(AttachmentNotFound.class, () -> attachments.find(noteFile.id(), owner));
        assertThrows(
                CommentNotFound.class,
                () -> comments.post(request.id(), note.id(), owner, "What is this?", false, List.of()),
                "answering a note is refused exactly like answering nothing");

        List<MimeMessage> mention = Eventually.await(
                "the mention",
                () -> Mailboxes.to(smtp, "morgan.supervisor@example.org"),
                mails -> mails.stream()
                        .anyMatch(mail -> subject(mail)
                                .equals("Review Desk: " + request.displayId()
                                        + ": Reviewer notes mentioned you in an internal note")));
        assertFalse(
                subject(mention.getFirst()).contains("[Review Desk #"),
                "no reply tag: an answer by mail never reaches the submitter");
        assertTrue(
                Mailboxes.to(smtp, SUBMITTER_ADDRESS).stream()
                        .noneMatch(mail -> body(mail).contains("TIN looks wrong")),
                "the submitter named in the note is not staff and gets nothing");
    }

    @Test
    void anOpenDocumentationRequestWhoseTimersWentMissingGetsThemBackAtStartUp() {
        Viewer riley = reviewer("recover");
        assignments.switchAutomatic(false, supervisor);
        TargetedReviewRequest request = file(IssueType.SUBMISSION);
        assignments.claim(request.id(), riley, reload(request.id()).version());
        DocumentationRequest asked =
                documentation.ask(request.id(), riley, reload(request.id()).version(), "The report");
        String subject = String.valueOf(asked.id());
        deadlines.cancel("documentation-reminder", subject);
        deadlines.cancel("documentation-lapse", subject);
        assertEquals(0, pendingFor(asked), "as if the timer store had been lost");

        assertTrue(documentation.rescheduleMissing() >= 1);

        assertEquals(2, pendingFor(asked), "reminder and lapse are back");
        assertEquals(
                List.of(asked.remindAt(), asked.dueAt()),
                deadlines.pending().stream()
                        .filter(deadline -> deadline.subject().equals(subject))
                        .map(deadline -> deadline.dueAt())
                        .sorted()
                        .toList());
        assertEquals(
                0, documentation.rescheduleMissing(), "a second sweep finds every open request with its deadlines");
    }

    @Test
    void theQueuesPageByKeysetAndCountWhatTheyHold() {
        Viewer pager = reviewer("pager");
        assignments.switchAutomatic(false, supervisor);
        Set<Long> mine = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            TargetedReviewRequest request = file(IssueType.SUBMISSION);
            assignments.claim(request.id(), pager, reload(request.id()).version());
            mine.add(request.id());
        }
        QueueQuery query = QueueQuery.of(CaseQueue.MINE);
        assertEquals(7, queues.count(query, pager));
        List<Long> seen = new ArrayList<>();
        QueuePage page = queues.page(query, pager, null, 0, 3);
        seen.addAll(page.rows().stream().map(row -> row.id()).toList());
        while (page.next() != null) {
            page = queues.page(query, pager, page.next(), 0, 3);
            seen.addAll(page.rows().stream().map(row -> row.id()).toList());
        }
        assertEquals(7, seen.size(), "every case once: " + seen);
        assertEquals(mine, new HashSet<>(seen));
        List<Instant> submitted =
                seen.stream().map(id -> reload(id).submittedAt()).toList();
        assertEquals(submitted.stream().sorted().toList(), submitted, "oldest first");
        assertEquals(
                seen.subList(3, 6),
                queues.page(query, pager, null, 3, 3).rows().stream()
                        .map(row -> row.id())
                        .toList(),
                "a jump by offset lands where the keyset pages are");
        assertTrue(
                queues.page(QueueQuery.of(CaseQueue.UNASSIGNED), pager, null, 0, 200).rows().stream()
                        .noneMatch(row -> mine.contains(row.id())),
                "claimed cases leave the unassigned queue");
    }

    // ---- helpers

    /** A case the reviewer claimed, with the documentation clock set to seconds as an operator sets it. */
    private TargetedReviewRequest claimedOnAShortClock(Viewer reviewer, String period, String reminder) {
        System.setProperty("reviewdesk.documentation-period", period);
        System.setProperty("reviewdesk.documentation-reminder", reminder);
        assignments.switchAutomatic(false, supervisor);
        TargetedReviewRequest request = file(IssueType.SUBMISSION);
        assignments.claim(request.id(), reviewer, reload(request.id()).version());
        return request;
    }

    private Viewer reviewer(String name) {
        String username = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = accounts.add(new UserAccount(
                username,
                "Reviewer " + name,
                username + "@staff.example.org",
                PasswordHash.of("not-used-in-this-test".toCharArray()),
                Set.of(Role.REVIEWER)));
        return Viewer.of(account);
    }

    private TargetedReviewRequest file(IssueType issueType) {
        String owner = "owner-" + UUID.randomUUID();
        intake.accept(request(owner, issueType));
        return casesOf(owner).getFirst();
    }

    private IntakeMessage request(String ownerPrefix, IssueType issueType) {
        String key = ownerPrefix + ":" + UUID.randomUUID();
        return TestRequests.individual(
                key,
                ownerPrefix.startsWith("owner-") ? ownerPrefix : key,
                windows.current(Instant.now()).performanceYear(),
                issueType);
    }

    private List<TargetedReviewRequest> casesOf(String ownerOrPrefix) {
        em.clear();
        return em.createQuery(
                        "SELECT r FROM TargetedReviewRequest r WHERE r.ownerUsername = :owner OR r.ownerUsername LIKE :prefix",
                        TargetedReviewRequest.class)
                .setParameter("owner", ownerOrPrefix)
                .setParameter("prefix", ownerOrPrefix + ":%")
                .getResultList();
    }

    private TargetedReviewRequest reload(long id) {
        em.clear();
        return em.find(TargetedReviewRequest.class, id);
    }

    private long pendingFor(DocumentationRequest asked) {
        return deadlines.pending().stream()
                .filter(deadline -> deadline.subject().equals(String.valueOf(asked.id())))
                .count();
    }

    private List<CaseAction> actions(long requestId) {
        return history.of(requestId, supervisor).stream().map(CaseEvent::action).toList();
    }

    private static String subject(MimeMessage message) {
        return call(message::getSubject);
    }

    private static String body(MimeMessage message) {
        return call(() -> String.valueOf(message.getContent()));
    }

    private static <T> T call(Callable<T> read) {
        try {
            return read.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
