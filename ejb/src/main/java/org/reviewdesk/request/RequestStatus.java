package org.reviewdesk.request;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request stands. Every change of status goes through {@link #canBecome}: drafts
 * move between in-progress and complete, a complete draft is submitted, a submitted request
 * is decided, and any request may be withdrawn before a decision. Decided and withdrawn
 * requests never change again.
 */
public enum RequestStatus {
    DRAFT_IN_PROGRESS("Draft in Progress"),
    DRAFT_COMPLETE("Draft Complete"),
    SUBMITTED_IN_REVIEW("Submitted – In Review"),
    APPROVED("Approved"),
    DENIED("Denied"),
    WITHDRAWN("Withdrawn");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isDraft() {
        return this == DRAFT_IN_PROGRESS || this == DRAFT_COMPLETE;
    }

    public boolean isDecided() {
        return this == APPROVED || this == DENIED;
    }

    /** Decided or withdrawn: nothing about the request may change any more. */
    public boolean isClosed() {
        return isDecided() || this == WITHDRAWN;
    }

    public boolean canBecome(RequestStatus next) {
        return allowedNext().contains(next);
    }

    private Set<RequestStatus> allowedNext() {
        return switch (this) {
            case DRAFT_IN_PROGRESS -> EnumSet.of(DRAFT_IN_PROGRESS, DRAFT_COMPLETE, WITHDRAWN);
            case DRAFT_COMPLETE -> EnumSet.of(DRAFT_IN_PROGRESS, DRAFT_COMPLETE, SUBMITTED_IN_REVIEW, WITHDRAWN);
            case SUBMITTED_IN_REVIEW -> EnumSet.of(APPROVED, DENIED, WITHDRAWN);
            case APPROVED, DENIED, WITHDRAWN -> EnumSet.noneOf(RequestStatus.class);
        };
    }
}
