package org.reviewdesk.review;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.reviewdesk.comment.Comment;
import org.reviewdesk.comment.CommentPosted;
import org.reviewdesk.configuration.EasternTime;
import org.reviewdesk.configuration.Settings;
import org.reviewdesk.request.CaseAction;
import org.reviewdesk.request.CaseHistory;
import org.reviewdesk.request.CaseNews;
import org.reviewdesk.request.Decision;
import org.reviewdesk.request.DecisionReason;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.request.TargetedReviews;
import org.reviewdesk.scheduling.Deadline;
import org.reviewdesk.scheduling.DeadlineReached;
import org.reviewdesk.scheduling.Deadlines;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;
import org.reviewdesk.security.Viewer;

/**
 * Documentation requests and their clock (DESIGN §3). Asking starts two persistent deadlines, a
 * reminder and the lapse; the submitter's next comment (with or without files) answers the
 * request and cancels both. A lapse denies the case with {@link DecisionReason#DOCUMENTATION_NOT_PROVIDED}.
 * <p>
 * The request's own state decides what a deadline does, not the timer: a reminder or lapse that
 * fires after the request ended (answered a moment before, a decision first, a timer that fires
 * again after a crash) does nothing, so none acts twice.
 */
@Stateless
public class DocumentationRequests {

    /** The kinds of the two deadlines of a request, whose subject is the request's id (the living demo raises them too). */
    public static final String REMINDER = "documentation-reminder";

    public static final String LAPSE = "documentation-lapse";

    private static final Logger LOG = Logger.getLogger(DocumentationRequests.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    ReviewWork work;

    @EJB
    Decisions decisions;

    @EJB
    CaseHistory history;

    @EJB
    TargetedReviews reviews;

    @EJB
    Deadlines deadlines;

    @EJB
    UserAccounts accounts;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    Event<DocumentationAsked> documentationAsked;

    @Inject
    Event<DocumentationReminderDue> reminderDue;

    @Inject
    Event<CaseNews> news;

    /** The reviewer of the case (or a supervisor) asks the submitter for documentation. */
    public DocumentationRequest ask(long requestId, Viewer reviewer, long seenVersion, String whatIsNeeded) {
        return work.carryOut(
                requestId, reviewer, seenVersion, work.worker("Request documentation"), new ReviewAction<>() {
                    @Override
                    public DocumentationRequest change(TargetedReviewRequest request) {
                        Instant now = clock.instant();
                        DocumentationRequest asked = new DocumentationRequest(
                                requestId,
                                reviewer.username(),
                                history.nameOf(reviewer.username()),
                                whatIsNeeded,
                                now,
                                settings.documentationPeriod(),
                                settings.documentationReminderLead());
                        request.awaitDocumentation(asked.dueAt(), now);
                        em.persist(asked);
                        return asked;
                    }

                    @Override
                    public Audit audit(DocumentationRequest asked) {
                        return new Audit(
                                CaseAction.DOCUMENTATION_REQUESTED,
                                "Due " + asked.dueAt() + ": " + asked.whatIsNeeded());
                    }

                    @Override
                    public void announce(TargetedReviewRequest request, DocumentationRequest asked) {
                        String subject = String.valueOf(asked.id());
                        deadlines.schedule(new Deadline(REMINDER, subject, asked.remindAt()));
                        deadlines.schedule(new Deadline(LAPSE, subject, asked.dueAt()));
                        documentationAsked.fire(new DocumentationAsked(request, asked.whatIsNeeded(), asked.dueAt()));
                    }
                });
    }

    /**
     * Schedules again the deadlines of every open documentation request that has none pending,
     * for instance after the timer store was lost or restored from an older backup. A deadline
     * already past fires at once and does what its request's state says.
     *
     * @return how many requests got their deadlines back
     */
    public int rescheduleMissing() {
        Set<String> pending = deadlines.pending().stream()
                .filter(deadline -> LAPSE.equals(deadline.kind()))
                .map(Deadline::subject)
                .collect(Collectors.toSet());
        int rescheduled = 0;
        for (DocumentationRequest open : em.createQuery(
                        "SELECT d FROM DocumentationRequest d WHERE d.answeredAt IS NULL"
                                + " AND d.lapsedAt IS NULL AND d.closedAt IS NULL",
                        DocumentationRequest.class)
                .getResultList()) {
            String subject = String.valueOf(open.id());
            if (!pending.contains(subject)) {
                if (open.remindedAt() == null) {
                    deadlines.schedule(new Deadline(REMINDER, subject, open.remindAt()));
                }
                deadlines.schedule(new Deadline(LAPSE, subject, open.dueAt()));
                rescheduled++;
            }
        }
        return rescheduled;
    }

    /** The case's documentation requests, newest first, for anyone who may see the case. */
    public List<DocumentationRequest> of(long requestId, Viewer viewer) {
        reviews.find(requestId, viewer);
        return allOf(requestId);
    }

    /** The same without asking who looks: for a read that let its viewer see the case already ({@code CaseView}). */
    public List<DocumentationRequest> allOf(long requestId) {
        return em.createQuery(
                        "SELECT d FROM DocumentationRequest d WHERE d.requestId = :id ORDER BY d.requestedAt DESC, d.id DESC",
                        DocumentationRequest.class)
                .setParameter("id", requestId)
                .getResultList();
    }

    /**
     * A comment from the submitter's side (not staff, not a note), from the portal, the API or by
     * e-mail, answers the open request and stops the clock; either way the case's reviewer is told.
     */
    public void answerWith(@Observes CommentPosted posted) {
        if (posted.byStaff() || posted.internalNote()) {
            return;
        }
        TargetedReviewRequest request = em.find(TargetedReviewRequest.class, posted.requestId());
        String author = history.nameOf(posted.authorUsername());
        String files =
                posted.attachments() > 0 ? posted.attachments() + " file" + (posted.attachments() == 1 ? "" : "s") : "";
        String comment =
                Comment.excerpt(em.find(Comment.class, posted.commentId()).body());
        Optional<DocumentationRequest> open = openOf(posted.requestId());
        if (open.isEmpty()) {
            tellReviewer(
                    request,
                    "new comment from " + author,
                    author + " wrote" + (files.isEmpty() ? "" : ", with " + files) + ":\n\n" + comment);
            return;
        }
        DocumentationRequest answered = open.get();
        Instant now = clock.instant();
        work.record(
                request,
                request.version(),
                posted.authorUsername(),
                ending(
                        answered,
                        (ended, stopped) -> {
                            ended.answer(posted.authorUsername(), posted.commentId(), now);
                            stopped.documentationReceived(now);
                        },
                        CaseAction.DOCUMENTATION_ANSWERED,
                        "Answered by " + author + (files.isEmpty() ? "" : " with " + files)));
        tellReviewer(
                request,
                "documentation request answered",
                author + " answered your documentation request" + (files.isEmpty() ? "" : ", with " + files)
                        + ". The clock has stopped; the case is back with you.\n\n" + comment);
    }

    /** A reminder or a lapse fell due. */
    public void onDeadline(@Observes DeadlineReached reached) {
        Deadline deadline = reached.deadline();
        if (!REMINDER.equals(deadline.kind()) && !LAPSE.equals(deadline.kind())) {
            return;
        }
        DocumentationRequest asked =
                em.find(DocumentationRequest.class, Long.parseLong(deadline.subject()), LockModeType.PESSIMISTIC_WRITE);
        if (asked == null || !asked.isOpen()) {
            LOG.info(() -> "Deadline " + deadline.kind() + " of documentation request " + deadline.subject()
                    + " has nothing left to do");
            return;
        }
        TargetedReviewRequest request = em.find(TargetedReviewRequest.class, asked.requestId());
        Instant now = clock.instant();
        if (!request.isInReview()) {
            asked.close(now);
            return;
        }
        if (REMINDER.equals(deadline.kind())) {
            remind(asked, request, now);
        } else {
            lapse(asked, request, now);
        }
    }

    /** Ends the open request of a case that is being decided, so its deadlines never act. */
    public void closeOpenOf(long requestId, Instant now) {
        openOf(requestId).ifPresent(open -> {
            open.close(now);
            cancelDeadlines(open);
        });
    }

    private void remind(DocumentationRequest asked, TargetedReviewRequest request, Instant now) {
        if (!asked.needsReminderAt(now)) {
            return;
        }
        asked.reminded(now);
        long daysLeft = Math.max(0, EasternTime.daysLeft(now, asked.dueAt()));
        history.record(
                request.id(),
                CaseHistory.SYSTEM,
                CaseAction.DOCUMENTATION_REMINDED,
                "Reminder sent; due " + asked.dueAt());
        reminderDue.fire(new DocumentationReminderDue(request, asked.dueAt(), daysLeft));
    }

    private void lapse(DocumentationRequest asked, TargetedReviewRequest request, Instant now) {
        work.carryOutAsSystem(
                request,
                ending(
                        asked,
                        (ended, unchanged) -> ended.lapse(now),
                        CaseAction.DOCUMENTATION_LAPSED,
                        "No answer to the documentation request of " + asked.requestedByName() + " by "
                                + asked.dueAt()));
        decisions.record(
                request,
                new Decision(
                        DecisionReason.DOCUMENTATION_NOT_PROVIDED,
                        "We asked for documentation on " + EasternTime.dayAndTime(asked.requestedAt())
                                + " and did not receive it by "
                                + EasternTime.dayAndTime(asked.dueAt()) + ". What was needed: "
                                + asked.whatIsNeeded()
                                + "\n\nYour request was therefore denied. If you still want a review, file a new request with the documentation.",
                        CaseHistory.SYSTEM,
                        now));
        tellReviewer(
                request,
                "denied automatically",
                "Nobody answered the documentation request by its due time, so the case was"
                        + " denied automatically with reason \"" + DecisionReason.DOCUMENTATION_NOT_PROVIDED.label()
                        + "\". The submitter and everyone on the request were told.");
    }

    private Optional<DocumentationRequest> openOf(long requestId) {
        return em.createQuery(
                        "SELECT d FROM DocumentationRequest d WHERE d.requestId = :id AND d.answeredAt IS NULL"
                                + " AND d.lapsedAt IS NULL AND d.closedAt IS NULL",
                        DocumentationRequest.class)
                .setParameter("id", requestId)
                .getResultStream()
                .findFirst();
    }

    /** Ends the open request ({@code end} answers or lapses it, and its case with it); its deadlines are cancelled. */
    private ReviewAction<DocumentationRequest> ending(
            DocumentationRequest open,
            BiConsumer<DocumentationRequest, TargetedReviewRequest> end,
            CaseAction action,
            String details) {
        return new ReviewAction<>() {
            @Override
            public DocumentationRequest change(TargetedReviewRequest request) {
                end.accept(open, request);
                cancelDeadlines(open);
                return open;
            }

            @Override
            public Audit audit(DocumentationRequest ended) {
                return new Audit(action, details);
            }
        };
    }

    private void cancelDeadlines(DocumentationRequest ended) {
        deadlines.cancel(REMINDER, String.valueOf(ended.id()));
        deadlines.cancel(LAPSE, String.valueOf(ended.id()));
    }

    private void tellReviewer(TargetedReviewRequest request, String headline, String text) {
        if (request.assignedReviewer() == null) {
            return;
        }
        accounts.find(request.assignedReviewer())
                .map(UserAccount::email)
                .ifPresent(email -> news.fire(new CaseNews(request, email, headline, text)));
    }
}
