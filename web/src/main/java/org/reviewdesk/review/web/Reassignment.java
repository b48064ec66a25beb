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
