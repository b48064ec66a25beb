package org.reviewdesk.search;

import java.util.List;
import org.reviewdesk.review.CaseSummary;

/**
 * One case found, and why: the passages that matched, each named by where it is in the case.
 *
 * @param summary what the queues show of the case, read from the database
 */
public record SearchHit(CaseSummary summary, float score, List<Match> matches) {

    /**
     * @param where       "Explanation", "Comment by Dana Reviewer, May 3, 2026", "File scores.pdf"
     * @param passage     the passage as plain text, with where its matching words are
     * @param staffOnly   whether it is from an internal note or a file on one
     * @param attachmentId the file it is from, when it is from a file
     */
    public record Match(String where, MatchedText passage, boolean staffOnly, Long attachmentId) {}
}
