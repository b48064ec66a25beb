package org.reviewdesk.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.DecisionReason;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;
import org.reviewdesk.request.RequestStatus;

/**
 * Everything the search index holds about one case, read from the database in one go.
 *
 * @param identifiers the case's NPI, TIN, practice TIN, virtual group and APM entity IDs by field
 * @param parts       the conversation and the files, each a separately named place a match can be in
 * @param stamp       what the case looked like when read; the consistency check compares it with the database
 */
public record CaseDocument(
        long requestId,
        int performanceYear,
        int number,
        String title,
        RequestStatus status,
        ApplicationType applicationType,
        Map<String, String> identifiers,
        List<String> names,
        Set<IssueType> issueTypes,
        Set<PerformanceCategory> categories,
        String reviewer,
        String reviewerName,
        String owner,
        Set<String> additionalAccess,
        Instant submittedAt,
        Instant decidedAt,
        Instant documentationDueAt,
        DecisionReason decisionReason,
        String explanation,
        String decisionNarrative,
        List<Part> parts,
        String stamp) {

    /** Where in a case a piece of text sits, and who may find the case by it. */
    public enum PartKind {
        COMMENT(false),
        NOTE(true),
        FILE(false),
        NOTE_FILE(true);

        private final boolean staffOnly;

        PartKind(boolean staffOnly) {
            this.staffOnly = staffOnly;
        }

        public boolean isStaffOnly() {
            return staffOnly;
        }
    }

    /** A comment, note or file: its text and how a person recognises it ("Comment by Dana Reviewer, 3 May 2026"). */
    public record Part(PartKind kind, long sourceId, String label, String text) {}
}
