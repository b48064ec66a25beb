package org.reviewdesk.review;

import java.time.Instant;
import java.util.Set;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.CaseDays;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.Party;
import org.reviewdesk.request.RequestStatus;

/** One row of a queue: what a reviewer needs to pick a case, read without loading the case. */
public record CaseSummary(
        long id,
        int performanceYear,
        int number,
        String title,
        String partyName,
        ApplicationType applicationType,
        String identifier,
        RequestStatus status,
        String assignedReviewer,
        Instant submittedAt,
        Instant documentationDueAt,
        Instant leftReviewAt,
        Set<IssueType> issueTypes,
        long version) {

    public String displayId() {
        return performanceYear + " TARGETED REVIEW ID: " + number;
    }

    /** How the party of the case reads, as it reads on the case itself. */
    public Party party() {
        return Party.of(partyName, applicationType, identifier);
    }

    /** The identifier as every list and export shows it: a group's TIN masked, as {@link Party} shows it everywhere. */
    public String shownIdentifier() {
        String shown = party().shownIdentifier();
        return shown == null ? "" : shown;
    }

    /** How long the case has been in review (until it was decided or withdrawn), as the case page counts it. */
    public long ageInDays(Instant now) {
        return submittedAt == null ? 0 : CaseDays.ageInDays(submittedAt, null, leftReviewAt, now);
    }

    /** Where the next page starts when this row ends the current one. */
    QueueCursor cursor(boolean byDeadline) {
        return new QueueCursor(byDeadline ? documentationDueAt : submittedAt, id);
    }
}
