package org.reviewdesk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reviewdesk.request.IssueType;

class FairAssignmentTest {

    private static final Set<IssueType> SUBMISSION = EnumSet.of(IssueType.SUBMISSION);
    private static final Instant MONDAY = Instant.parse("2026-11-30T14:00:00Z");

    @Test
    void theReviewerWithTheFewestOpenCasesGetsTheNewOne() {
        List<ReviewerProfile> profiles = List.of(reviewer("ann", SUBMISSION), reviewer("bob", SUBMISSION));

        FairAssignment choice = FairAssignment.among(
                        profiles, Set.of("ann", "bob"), SUBMISSION, Map.of("ann", 3L, "bob", 1L))
                .orElseThrow();

        assertEquals("bob", choice.chosen().username());
        assertEquals(
                "Assigned automatically to Bob Brown, who had 1 open case, the fewest of the 2 reviewers taking new"
                        + " cases of its issue types",
                choice.reason("Bob Brown"));
    }

    @Test
    void onATieTheOneWhoGotACaseLeastRecentlyGetsItAndSomeoneWhoNeverGotOneComesFirst() {
        ReviewerProfile ann = reviewer("ann", SUBMISSION);
        ReviewerProfile bob = reviewer("bob", SUBMISSION);
        ReviewerProfile cy = reviewer("cy", SUBMISSION);
        ann.assigned(MONDAY);
        bob.assigned(MONDAY.minusSeconds(3600));
        Map<String, Long> even = Map.of("ann", 2L, "bob", 2L, "cy", 2L);

        assertEquals(
                "bob",
                FairAssignment.among(List.of(ann, bob), Set.of("ann", "bob"), SUBMISSION, even)
                        .orElseThrow()
                        .chosen()
                        .username());
        assertEquals(
                "cy",
                FairAssignment.among(List.of(ann, bob, cy), Set.of("ann", "bob", "cy"), SUBMISSION, even)
                        .orElseThrow()
                        .chosen()
                        .username());
    }

    @Test
    void onlyStaffWhoTakeNewCasesOfOneOfItsIssueTypesAreConsidered() {
        ReviewerProfile paused = reviewer("ann", SUBMISSION);
        paused.handle(SUBMISSION, false);
        ReviewerProfile otherType = reviewer("bob", EnumSet.of(IssueType.MEASURE_ACTIVITY));
        ReviewerProfile disabled = reviewer("cy", SUBMISSION);
        ReviewerProfile taker = reviewer("dee", EnumSet.of(IssueType.SUBMISSION, IssueType.GENERAL));

        FairAssignment choice = FairAssignment.among(
                        List.of(paused, otherType, disabled, taker),
                        Set.of("ann", "bob", "dee"),
                        EnumSet.of(IssueType.GENERAL, IssueType.ELIGIBILITY_SPECIAL_STATUS),
                        Map.of("dee", 9L))
                .orElseThrow();

        assertEquals("dee", choice.chosen().username(), "the only one left, however busy");
        assertEquals(9, choice.openCases());
        assertTrue(
                choice.reason("Dee").contains("9 open cases, the fewest of the 1 reviewer taking"),
                choice.reason("Dee"));
    }

    @Test
    void nobodyIsChosenWhenNobodyTakesSuchACase() {
        List<ReviewerProfile> profiles = List.of(reviewer("ann", EnumSet.of(IssueType.MEASURE_ACTIVITY)));

        assertTrue(FairAssignment.among(profiles, Set.of("ann"), SUBMISSION, Map.of())
                .isEmpty());
        assertTrue(
                FairAssignment.among(List.of(), Set.of(), SUBMISSION, Map.of()).isEmpty());
    }

    @Test
    void theChoiceDoesNotDependOnTheOrderTheProfilesWereReadIn() {
        ReviewerProfile ann = reviewer("ann", SUBMISSION);
        ReviewerProfile bob = reviewer("bob", SUBMISSION);

        assertEquals(
                "ann",
                FairAssignment.among(List.of(bob, ann), Set.of("ann", "bob"), SUBMISSION, Map.of())
                        .orElseThrow()
                        .chosen()
                        .username());
    }

    private static ReviewerProfile reviewer(String username, Set<IssueType> handles) {
        ReviewerProfile profile = new ReviewerProfile(username);
        profile.handle(handles, true);
        return profile;
    }
}
