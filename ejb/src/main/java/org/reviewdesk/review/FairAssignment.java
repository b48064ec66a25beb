package org.reviewdesk.review;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reviewdesk.request.IssueType;

/**
 * The fair choice of a reviewer for a new case, apart from where its figures come from: among the
 * review staff who take new cases of one of its issue types, the one with the fewest open cases;
 * on a tie, the one who got a case least recently (never first); then by user name, so the choice
 * never depends on the order the profiles were read in.
 *
 * @param chosen the reviewer who gets the case
 * @param openCases how many open cases the chosen reviewer had
 * @param candidates how many reviewers were considered
 */
record FairAssignment(ReviewerProfile chosen, long openCases, int candidates) {

    private static final Comparator<ReviewerProfile> LEAST_RECENTLY_ASSIGNED = Comparator.comparing(
                    ReviewerProfile::lastAssignedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(ReviewerProfile::username);

    /**
     * @param profiles every reviewer profile
     * @param staff the user names who may review now (an account disabled or without a review role is left out)
     * @param issueTypes the new case's issue types
     * @param openCases open cases per user name; a reviewer missing from it has none
     * @return the choice, or nothing when nobody takes such a case
     */
    static Optional<FairAssignment> among(
            Collection<ReviewerProfile> profiles,
            Set<String> staff,
            Set<IssueType> issueTypes,
            Map<String, Long> openCases) {
        List<ReviewerProfile> candidates = profiles.stream()
                .filter(profile -> staff.contains(profile.username()) && profile.takesNew(issueTypes))
                .toList();
        Comparator<ReviewerProfile> fewestOpen =
                Comparator.comparingLong(profile -> openCases.getOrDefault(profile.username(), 0L));
        return candidates.stream()
                .min(fewestOpen.thenComparing(LEAST_RECENTLY_ASSIGNED))
                .map(chosen ->
                        new FairAssignment(chosen, openCases.getOrDefault(chosen.username(), 0L), candidates.size()));
    }

    /** What the audit trail says about the choice. */
    String reason(String chosenName) {
        return "Assigned automatically to " + chosenName + ", who had " + openCases + " open case"
                + (openCases == 1 ? "" : "s") + ", the fewest of the " + candidates + " reviewer"
                + (candidates == 1 ? "" : "s") + " taking new cases of its issue types";
    }
}
