package org.reviewdesk.review.web;

import java.io.Serializable;

/** What a supervisor types to reassign cases, on the queue screen and on a case page alike. */
public class Reassignment implements Serializable {

    private String reviewer;
    private String reason;

    /** After a reassignment the reviewer stays chosen for the next one; the reason is said anew. */
    public void done() {
        reason = null;
    }

    /** What the supervisor is told: how many cases moved, and that those already with the reviewer stayed. */
    public String outcome(int moved, int selected, String reviewerName) {
        String told = moved == 0
                ? "No case was reassigned"
                : moved + (moved == 1 ? " case" : " cases") + " reassigned to " + reviewerName
                        + "; the reviewers were e-mailed";
        int already = selected - moved;
        return already <= 0
                ? told
                : told + " (" + already + (already == 1 ? " was" : " were") + " already with " + reviewerName + ")";
    }

    public String getReviewer() {
        return reviewer;
    }

    public void setReviewer(String reviewer) {
        this.reviewer = reviewer;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
