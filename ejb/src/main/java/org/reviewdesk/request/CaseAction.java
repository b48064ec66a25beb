package org.reviewdesk.request;

/** What was done to a case, as its audit trail names it. */
public enum CaseAction {
    SUBMITTED("Submitted"),
    WITHDRAWN("Withdrawn"),
    RENAMED("Renamed"),
    ACCESS_GIVEN("Access given"),
    ACCESS_REMOVED("Access removed"),
    ASSIGNED("Assigned automatically"),
    CLAIMED("Claimed"),
    REASSIGNED("Reassigned"),
    COMMENTED("Comment"),
    NOTE_WRITTEN("Internal note"),
    DOCUMENTATION_REQUESTED("Documentation requested"),
    DOCUMENTATION_REMINDED("Documentation reminder sent"),
    DOCUMENTATION_ANSWERED("Documentation request answered"),
    DOCUMENTATION_LAPSED("Documentation request lapsed"),
    DECIDED("Decision"),
    HOLD_PLACED("Legal hold placed"),
    HOLD_RELEASED("Legal hold released");

    private final String label;

    CaseAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
