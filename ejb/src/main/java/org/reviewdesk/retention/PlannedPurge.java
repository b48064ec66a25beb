package org.reviewdesk.retention;

import java.time.LocalDate;
import org.reviewdesk.request.RequestStatus;

/**
 * One case or draft a run on the planned day acts on, or leaves alone for a reason the administrator sees.
 *
 * @param day     the day it may be purged (for a draft still to be warned: the earliest day after its warning)
 * @param version the version of the case the plan saw: a run acts only on a case still at that version, so a
 *                draft its owner saved after the plan was made is left for the next run
 */
public record PlannedPurge(
        long requestId,
        String displayId,
        String title,
        RequestStatus status,
        LocalDate day,
        Action action,
        long version) {

    /** What the run does with it. */
    public enum Action {
        PURGE_CASE("Purged: retention period over"),
        PURGE_DRAFT("Purged: abandoned draft, warned"),
        WARN_DRAFT("Owner warned: abandoned draft"),
        HELD("Kept: legal hold"),
        STILL_IN_REVIEW("Kept: still in review");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
