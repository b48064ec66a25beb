package org.reviewdesk.caseview;

import java.util.List;
import org.reviewdesk.attachment.Attachment;
import org.reviewdesk.request.CaseEvent;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.review.CaseActions;
import org.reviewdesk.review.CaseSummary;
import org.reviewdesk.review.DocumentationRequest;
import org.reviewdesk.search.SimilarCase;

/**
 * One case as a member of staff sees it, read at one moment (its {@link #version()} is what their actions name).
 *
 * @param filed the case itself
 * @param files the files the viewer may see, those on comments and notes included
 * @param documentation its documentation requests, newest first
 * @param trail its whole audit trail, oldest first
 * @param duplicates other open cases of the same year naming the same identifier
 * @param similar cases that read like this one, with their outcomes
 * @param may what the viewer may do to it now
 */
public record CaseFile(
        TargetedReviewRequest filed,
        List<Attachment> files,
        List<DocumentationRequest> documentation,
        List<CaseEvent> trail,
        List<CaseSummary> duplicates,
        List<SimilarCase> similar,
        CaseActions may) {

    /** The version of the case this read showed. */
    public long version() {
        return filed.version();
    }

    /** The events of the trail that moved the case from one status to another. */
    public List<CaseEvent> statusHistory() {
        return trail.stream().filter(CaseEvent::changedStatus).toList();
    }
}
