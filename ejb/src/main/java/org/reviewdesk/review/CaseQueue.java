package org.reviewdesk.review;

/** The work lists of the reviewer workspace. */
public enum CaseQueue {
    UNASSIGNED("Unassigned"),
    MINE("My cases"),
    WAITING_ON_SUBMITTER("Waiting on submitter"),
    OVERDUE("Overdue"),
    ALL_OPEN("All open cases"),
    CLOSED("Decided and withdrawn");

    private final String label;

    CaseQueue(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
