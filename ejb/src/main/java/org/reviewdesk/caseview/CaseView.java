package org.reviewdesk.caseview;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.request.CaseHistory;
import org.reviewdesk.request.RequestNotFound;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.review.CaseActions;
import org.reviewdesk.review.DocumentationRequests;
import org.reviewdesk.review.ReviewWork;
import org.reviewdesk.search.CaseSearch;
import org.reviewdesk.security.Viewer;

/**
 * The query behind the staff case page: everything it shows of a case, read in one transaction after one check of
 * who looks ({@link ReviewWork#open}), and what the viewer may do to it computed by {@link CaseActions}, the rules
 * the review services enforce. Lives above {@code review} and {@code search} because it shows the results of both.
 */
@Stateless
public class CaseView {

    /** How many similar cases the page lists. */
    static final int SIMILAR_CASES = 5;

    @EJB
    ReviewWork work;

    @EJB
    Attachments attachments;

    @EJB
    DocumentationRequests documentation;

    @EJB
    CaseHistory history;

    @EJB
    CaseSearch search;

    /** The case for a member of staff; anyone else, and a draft, gets {@link RequestNotFound}. */
    public CaseFile of(long requestId, Viewer staff) {
        TargetedReviewRequest filed = work.open(requestId, staff);
        return new CaseFile(
                filed,
                attachments.allOf(requestId).stream()
                        .filter(file -> file.isVisibleTo(staff))
                        .toList(),
                documentation.allOf(requestId),
                history.of(requestId, staff),
                search.possibleDuplicatesOf(requestId, staff),
                search.similarTo(requestId, staff, SIMILAR_CASES),
                CaseActions.of(filed, staff));
    }
}
