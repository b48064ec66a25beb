package org.reviewdesk.review;

import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.security.Viewer;

/**
 * What one member of staff may do to one case as it is now: the rules the review services enforce, here once, so
 * that a screen offers an action exactly when the service would carry it out (DESIGN §4).
 *
 * @param claim take the case: it is in review and nobody has it yet, and the viewer works cases
 * @param work ask for documentation or decide: it is in review and the viewer is its reviewer or a supervisor
 * @param reassign give it to another reviewer: it is in review and the viewer supervises
 */
public record CaseActions(boolean claim, boolean work, boolean reassign) {

    public static CaseActions of(TargetedReviewRequest request, Viewer viewer) {
        boolean open = request.isInReview();
        return new CaseActions(
                open && mayClaim(request, viewer), open && isWorker(request, viewer), open && viewer.supervises());
    }

    /** Someone who works cases takes a case nobody has; {@link Assignments#claim} refuses anyone else. */
    static boolean mayClaim(TargetedReviewRequest request, Viewer viewer) {
        return viewer.reviews() && request.assignedReviewer() == null;
    }

    /** The reviewer the case is assigned to, or a supervisor; {@link ReviewWork#worker} refuses anyone else. */
    static boolean isWorker(TargetedReviewRequest request, Viewer viewer) {
        return request.isAssignedTo(viewer.username()) || viewer.supervises();
    }
}
