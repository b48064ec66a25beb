package org.reviewdesk.review.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.reviewdesk.request.Decision;
import org.reviewdesk.request.DecisionReason;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.validation.InvalidInput;

/**
 * What a reviewer chooses and writes to decide a case, in two steps: the outcome, reason and narrative, then their
 * confirmation, since a decision is final.
 */
public class DecisionForm implements Serializable {

    private RequestStatus outcome = RequestStatus.APPROVED;
    private DecisionReason reason;
    private String narrative;
    private boolean confirming;

    /** The first step: checks the decision as the case will, then asks for confirmation. */
    void review(String decider, Instant now) {
        new Decision(reason, narrative, decider, now);
        if (reason.outcome() != outcome) {
            throw new InvalidInput(
                    Decision.REASON,
                    "Choose one of the reasons for " + outcome.label().toLowerCase());
        }
        confirming = true;
    }

    public void back() {
        confirming = false;
    }

    /** Recorded: the next decision (on a case opened from here) starts from an empty reason and narrative. */
    void done() {
        narrative = null;
        reason = null;
    }

    /** The reasons of the chosen outcome a person may give; a lapse is Review Desk's own. */
    public List<DecisionReason> getReasons() {
        return Arrays.stream(DecisionReason.values())
                .filter(candidate ->
                        candidate.outcome() == outcome && candidate != DecisionReason.DOCUMENTATION_NOT_PROVIDED)
                .toList();
    }

    public List<RequestStatus> getOutcomes() {
        return List.of(RequestStatus.APPROVED, RequestStatus.DENIED);
    }

    public RequestStatus getOutcome() {
        return outcome;
    }

    /** A decision always has an outcome: a request without one (a button clicked off) keeps the last. */
    public void setOutcome(RequestStatus outcome) {
        if (outcome == null) {
            return;
        }
        this.outcome = outcome;
        if (reason != null && reason.outcome() != outcome) {
            reason = null;
        }
    }

    public DecisionReason getReason() {
        return reason;
    }

    public void setReason(DecisionReason reason) {
        this.reason = reason;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public boolean isConfirming() {
        return confirming;
    }
}
