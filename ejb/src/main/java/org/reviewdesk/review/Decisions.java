package org.reviewdesk.review;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Supplier;
import org.reviewdesk.request.CaseAction;
import org.reviewdesk.request.Decision;
import org.reviewdesk.request.DecisionReason;
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

    @Inject
    Clock clock;

    @Inject
    Event<DecisionRecorded> decided;

    public TargetedReviewRequest decide(
            long requestId, Viewer reviewer, long seenVersion, DecisionReason reason, String narrative) {
        return work.carryOut(
                requestId,
                reviewer,
                seenVersion,
                work.worker("Decide"),
                // The decision is made once the case is checked: a refused actor hears that first.
                deciding(() -> new Decision(reason, narrative, reviewer.username(), clock.instant())));
    }

    /** Review Desk decides the case by itself, e.g. when a documentation request lapsed. */
    public void record(TargetedReviewRequest request, Decision decision) {
        work.carryOutAsSystem(request, deciding(() -> decision));
    }

    /** Closes the case with the decision, ends its clock, tells the submitter and everyone on the request. */
    private ReviewAction<TargetedReviewRequest> deciding(Supplier<Decision> decision) {
        return new ReviewAction<>() {
            @Override
            public TargetedReviewRequest change(TargetedReviewRequest request) {
                Decision made = decision.get();
                request.decide(made);
                documentation.closeOpenOf(request.id(), made.decidedAt());
                return request;
            }

            @Override
            public Audit audit(TargetedReviewRequest done) {
                Decision made = done.decision();
                return new Audit(
                        CaseAction.DECIDED,
                        made.outcome().label() + ": " + made.reason().label());
            }

            @Override
            public void announce(TargetedReviewRequest request, TargetedReviewRequest done) {
                decided.fire(new DecisionRecorded(request, request.decision()));
            }
        };
    }
}
