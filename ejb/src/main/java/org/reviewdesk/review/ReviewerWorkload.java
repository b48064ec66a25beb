package org.reviewdesk.review;

import java.time.Instant;
import java.util.Set;
import org.reviewdesk.request.IssueType;

/**
 * One reviewer's share of the work, for the supervisor's workload view.
 *
 * @param openCases          cases in review assigned to them
 * @param waitingOnSubmitter of those, cases waiting for documentation
 * @param overdueDocumentation of those, documentation requests past their due time (normally lapsed within minutes)
 * @param oldestSubmittedAt  when the oldest of their open cases was submitted, or null without any
 */
public record ReviewerWorkload(
        String username,
        String displayName,
        Set<IssueType> issueTypes,
        boolean acceptingCases,
        long openCases,
        long waitingOnSubmitter,
        long overdueDocumentation,
        Instant oldestSubmittedAt) {}
