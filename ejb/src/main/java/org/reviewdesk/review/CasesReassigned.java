package org.reviewdesk.review;

import java.util.List;
import org.reviewdesk.request.TargetedReviewRequest;

/**
 * A supervisor gave cases to a reviewer ({@code gained}) or took them from one, with the reason; one event per
 * reviewer for the whole batch, fired inside the transaction that reassigns them.
 */
public record CasesReassigned(
        String reviewerEmail, List<TargetedReviewRequest> cases, boolean gained, String supervisorName, String reason) {

    public CasesReassigned {
        cases = List.copyOf(cases);
    }
}
