package org.reviewdesk.review;

import org.reviewdesk.request.CaseAction;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.security.Viewer;

/**
 * One thing review staff, or Review Desk itself, do to a case, in the parts {@link ReviewWork} runs always in the
 * same order: checked ({@link Check}), changed, written into the audit trail, committed, and only then announced,
 * so that nobody is told of a change that did not happen.
 *
 * @param <T> what the action makes or returns (the case, a documentation request, a decision)
 */
public interface ReviewAction<T> {

    /** Changes the case and what belongs to it; refuses with an {@code InvalidInput} what the case does not allow. */
    T change(TargetedReviewRequest request);

    /** The line the change leaves in the case's audit trail. */
    Audit audit(T done);

    /** Tells whoever must know (the events {@code mail} observes, deadlines); by default nobody. */
    default void announce(TargetedReviewRequest request, T done) {}

    /** What a line of the audit trail says; who did it and the status before and after are the ceremony's. */
    record Audit(CaseAction action, String details) {}

    /** Who may do it to the case as they saw it: refuses with an {@code InvalidInput} naming who can. */
    @FunctionalInterface
    interface Check {
        void require(TargetedReviewRequest request, Viewer actor);
    }
}
