package org.reviewdesk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.reviewdesk.configuration.EasternTime;
import org.reviewdesk.validation.InvalidInput;

/** What review staff may do to a case, as the case itself decides. */
class ReviewRulesTest {

    private static final SubmissionWindow WINDOW = SubmissionWindow.releasedOn(2020, LocalDate.of(2021, 8, 2));
    private static final Instant INSIDE =
            ZonedDateTime.of(2021, 9, 1, 10, 0, 0, 0, EasternTime.ZONE).toInstant();
    private static final Instant LATER = INSIDE.plus(Duration.ofDays(3));

    private static TargetedReviewRequest inReview() {
        TargetedReviewRequest request = TargetedReviewRequestTest.completeIndividualDraft();
        request.submit("submitter", Disclosure.TEXT, WINDOW, INSIDE);
        return request;
    }

    @Test
    void onlyACaseInReviewIsAssignedOrWaitsForDocumentation() {
        TargetedReviewRequest draft = TargetedReviewRequestTest.completeIndividualDraft();
        assertThrows(InvalidInput.class, () -> draft.assignTo("riley", LATER));
        assertThrows(InvalidInput.class, () -> draft.awaitDocumentation(LATER.plus(Duration.ofDays(30)), LATER));

        TargetedReviewRequest request = inReview();
        request.assignTo("riley", LATER);
        assertTrue(request.isAssignedTo("riley"));
        request.awaitDocumentation(LATER.plus(Duration.ofDays(30)), LATER);
        InvalidInput twice = assertThrows(
                InvalidInput.class, () -> request.awaitDocumentation(LATER.plus(Duration.ofDays(31)), LATER));
        assertTrue(twice.getMessage().contains("already waits"), twice.getMessage());
        request.documentationReceived(LATER);
        assertNull(request.documentationDueAt());
    }

    @Test
    void aDecisionNeedsAReasonAndANarrativeClosesTheCaseForGoodAndStopsTheClock() {
        assertEquals(
                Decision.REASON,
                assertThrows(InvalidInput.class, () -> new Decision(null, "Text", "riley", LATER))
                        .errors()
                        .getFirst()
                        .field());
        assertEquals(
                Decision.NARRATIVE,
                assertThrows(
                                InvalidInput.class,
                                () -> new Decision(DecisionReason.NO_ERROR_FOUND, "  ", "riley", LATER))
                        .errors()
                        .getFirst()
                        .field());

        TargetedReviewRequest request = inReview();
        request.awaitDocumentation(LATER.plus(Duration.ofDays(30)), LATER);
        request.decide(new Decision(
                DecisionReason.SCORING_METHODOLOGY,
                "The scoring methodology is not subject to review.",
                "riley",
                LATER));

        assertEquals(RequestStatus.DENIED, request.status(), "a denial reason denies");
        assertNull(request.documentationDueAt());
        assertThrows(
                InvalidInput.class,
                () -> request.decide(
                        new Decision(DecisionReason.CALCULATION_ERROR_CONFIRMED, "Approve", "dana", LATER)));
        assertThrows(InvalidInput.class, () -> request.assignTo("dana", LATER));
        assertThrows(InvalidInput.class, () -> request.withdraw(LATER));
        assertEquals("riley", request.decision().decidedBy());
    }

    @Test
    void everyReasonHasAnOutcomeAndDenialsIncludeTheStatutoryExclusionsAndMissingDocumentation() {
        for (DecisionReason reason : DecisionReason.values()) {
            assertTrue(reason.outcome().isDecided(), reason.name());
        }
        for (DecisionReason denial : new DecisionReason[] {
            DecisionReason.ADJUSTMENT_METHODOLOGY,
            DecisionReason.PERFORMANCE_STANDARDS_AND_PERIOD,
            DecisionReason.MEASURES_AND_ACTIVITIES,
            DecisionReason.SCORING_METHODOLOGY,
            DecisionReason.SERVICE_CENTER_DATA_ISSUE,
            DecisionReason.DOCUMENTATION_NOT_PROVIDED,
            DecisionReason.INSUFFICIENT_INFORMATION
        }) {
            assertEquals(RequestStatus.DENIED, denial.outcome(), denial.name());
        }
    }

    @Test
    void anApprovalReasonApprovesAndTheNarrativeIsKeptAsWrittenWithinItsLimit() {
        TargetedReviewRequest request = inReview();
        request.decide(new Decision(
                DecisionReason.CALCULATION_ERROR_CONFIRMED, "  We corrected the calculation.  ", "riley", LATER));
        assertEquals(RequestStatus.APPROVED, request.status());
        assertEquals("We corrected the calculation.", request.decision().narrative());
        assertEquals(LATER, request.decision().decidedAt());

        InvalidInput tooLong = assertThrows(
                InvalidInput.class,
                () -> new Decision(
                        DecisionReason.NO_ERROR_FOUND, "x".repeat(Decision.MAX_NARRATIVE + 1), "riley", LATER));
        assertEquals(Decision.NARRATIVE, tooLong.errors().getFirst().field());
    }

    @Test
    void neitherADraftNorAWithdrawnRequestIsDecided() {
        Decision decision = new Decision(DecisionReason.NO_ERROR_FOUND, "No error was found.", "riley", LATER);
        TargetedReviewRequest draft = TargetedReviewRequestTest.completeIndividualDraft();
        assertThrows(InvalidInput.class, () -> draft.decide(decision));

        TargetedReviewRequest withdrawn = inReview();
        withdrawn.withdraw(LATER);
        assertThrows(InvalidInput.class, () -> withdrawn.decide(decision));
        assertEquals(RequestStatus.WITHDRAWN, withdrawn.status());
    }
}
