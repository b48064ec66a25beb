package org.reviewdesk.review;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Locale;
import org.reviewdesk.comment.CommentPosted;
import org.reviewdesk.request.CaseAction;
import org.reviewdesk.request.CaseEvent;
import org.reviewdesk.request.CaseHistory;
import org.reviewdesk.request.RequestNotFound;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.review.ReviewAction.Check;
import org.reviewdesk.security.Viewer;
import org.reviewdesk.validation.InvalidInput;

/**
 * How review staff reach a case, and the one place that guards against two people acting on it
 * at once: an action names the version of the case its author saw, and is refused with
 * {@link CaseChanged} when the case moved on since, whether before the action or at its commit.
 */
@Stateless
public class ReviewWork {

    static final String ASSIGNMENT = "Assignment";

    @PersistenceContext
    EntityManager em;

    @EJB
    CaseHistory history;

    /** The case, for any member of staff once it is filed; anyone else, and a draft, is told it does not exist. */
    public TargetedReviewRequest open(long id, Viewer staff) {
        TargetedReviewRequest request = em.find(TargetedReviewRequest.class, id);
        if (request == null || !staff.isStaff() || !request.isFiled()) {
            throw new RequestNotFound(id);
        }
        return request;
    }

    /** The case for someone who works cases, exactly as they saw it. */
    public TargetedReviewRequest forChange(long id, Viewer actor, long seenVersion) {
        TargetedReviewRequest request = em.find(TargetedReviewRequest.class, id);
        if (request == null || !actor.reviews() || !request.isFiled()) {
            throw new RequestNotFound(id);
        }
        if (request.version() != seenVersion) {
            throw new CaseChanged(id, seenVersion);
        }
        return request;
    }

    /**
     * The ceremony of every review action a person takes on a case, written once: the case exactly as they saw it,
     * refused unless {@code check} lets them, changed, recorded in the audit trail, written at once (so a concurrent
     * change is {@link CaseChanged}), and only then announced.
     */
    public <T> T carryOut(long requestId, Viewer actor, long seenVersion, Check check, ReviewAction<T> action) {
        TargetedReviewRequest request = forChange(requestId, actor, seenVersion);
        check.require(request, actor);
        T done = record(request, seenVersion, actor.username(), action);
        commit(request, seenVersion);
        action.announce(request, done);
        return done;
    }

    /**
     * The same for what Review Desk does by itself (a lapse): nobody to check, and the case as it is now; the
     * surrounding transaction writes it.
     */
    public <T> T carryOutAsSystem(TargetedReviewRequest request, ReviewAction<T> action) {
        T done = record(request, request.version(), CaseHistory.SYSTEM, action);
        action.announce(request, done);
        return done;
    }

    /**
     * Only the change and its line in the audit trail, for actions whose caller checks, writes and announces them
     * itself because they move many cases at once ({@link Assignments#reassign}) or pick their case under a lock.
     */
    public <T> T record(TargetedReviewRequest request, long seenVersion, String actor, ReviewAction<T> action) {
        RequestStatus before = request.status();
        T done = action.change(request);
        ReviewAction.Audit line = action.audit(done);
        history.recordChange(request, seenVersion, before, actor, line.action(), line.details());
        return done;
    }

    /** The check of asking for documentation and of deciding: only the reviewer of the case, or a supervisor. */
    public Check worker(String what) {
        return (request, actor) -> requireWorker(request, actor, what);
    }

    /** Only the reviewer the case is assigned to, or a supervisor, acts on it. */
    private void requireWorker(TargetedReviewRequest request, Viewer actor, String what) {
        if (CaseActions.isWorker(request, actor)) {
            return;
        }
        String holder = request.assignedReviewer() == null
                ? "nobody yet; claim it first"
                : history.nameOf(request.assignedReviewer()) + "; ask a supervisor to reassign it";
        throw new InvalidInput(
                ASSIGNMENT,
                "Only the reviewer of this case or a supervisor can " + what.toLowerCase(Locale.ROOT)
                        + ". It is assigned to " + holder);
    }

    /** Writes the change now, so a concurrent one is reported as {@link CaseChanged}, not as a failed commit. */
    public void commit(TargetedReviewRequest request, long seenVersion) {
        try {
            em.flush();
        } catch (OptimisticLockException lost) {
            throw new CaseChanged(request.id(), seenVersion);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw new CaseChanged(request.id(), seenVersion);
            }
            throw e;
        }
    }

    /** Every comment and note goes into the case's audit trail; the text stays in the conversation. */
    public void recordComment(@Observes CommentPosted posted) {
        history.record(
                posted.requestId(),
                posted.authorUsername(),
                posted.internalNote() ? CaseAction.NOTE_WRITTEN : CaseAction.COMMENTED,
                (posted.internalNote() ? "Internal note" : "Comment") + " #" + posted.commentId()
                        + (posted.attachments() > 0
                                ? " with " + posted.attachments() + " file" + (posted.attachments() == 1 ? "" : "s")
                                : ""));
    }

    /** What others did to the case since the version someone saw, oldest first. */
    public List<CaseEvent> changesSince(CaseChanged conflict) {
        return history.changesSince(conflict.requestId(), conflict.seenVersion());
    }
}
