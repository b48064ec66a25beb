package org.reviewdesk.review;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import org.reviewdesk.request.CaseAction;
import org.reviewdesk.request.CaseHistory;
import org.reviewdesk.request.Decision;
import org.reviewdesk.request.DecisionReason;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.security.Viewer;

/**
 * Approving or denying a case (DESIGN §4): the reviewer of the case or a supervisor decides with
 * a reason and a narrative; the case is closed for good, any open documentation request ends,
 * and the submitter and everyone on the request are e-mailed.
 */
@Stateless
public class Decisions {

    @EJB
    ReviewWork work;

    @EJB
    DocumentationRequests documentation;

    @EJB
    CaseHistory history;

    @Inject
    Clock clock;

    @Inject
    Event<DecisionRecorded> decided;

    public TargetedReviewRequest decide(
            long requestId, Viewer reviewer, long seenVersion, DecisionReason reason, String narrative) {
        TargetedReviewRequest request = work.forChange(requestId, reviewer, seenVersion);
        work.requireWorker(request, reviewer, "Decide");
        record(
                request,
                seenVersion,
                new Decision(reason, narrative, reviewer.username(), clock.instant()),
                reviewer.username());
        work.commit(request, seenVersion);
        return request;
    }

    /** Records a decision already checked for its actor: closes the case, ends its clock, tells everyone on it. */
    public void record(TargetedReviewRequest request, long seenVersion, Decision decision, String actor) {
        RequestStatus before = request.status();
        request.decide(decision);
        documentation.closeOpenOf(request.id(), decision.decidedAt());
        history.recordChange(
                request,
                seenVersion,
                before,
                actor,
                CaseAction.DECIDED,
                decision.outcome().label() + ": " + decision.reason().label());
        decided.fire(new DecisionRecorded(request, decision));
    }
}
