package org.reviewdesk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reviewdesk.configuration.EasternTime;
import org.reviewdesk.review.CaseActions;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.Viewer;

/**
 * What the case page offers each member of staff ({@link CaseActions}, the rules the review services enforce). Here,
 * beside {@link ReviewRulesTest}, because it builds its cases with the same filed draft.
 */
class CaseActionsTest {

    private static final SubmissionWindow WINDOW = SubmissionWindow.releasedOn(2020, LocalDate.of(2021, 8, 2));
    private static final Instant INSIDE =
            ZonedDateTime.of(2021, 9, 1, 10, 0, 0, 0, EasternTime.ZONE).toInstant();
    private static final Instant LATER = INSIDE.plus(Duration.ofDays(3));

    private static final Viewer RILEY = new Viewer("riley", "riley@example.org", Set.of(Role.REVIEWER));
    private static final Viewer DANA = new Viewer("dana", "dana@example.org", Set.of(Role.REVIEWER));
    private static final Viewer SAM = new Viewer("sam", "sam@example.org", Set.of(Role.SUPERVISOR));
    private static final Viewer ADA = new Viewer("ada", "ada@example.org", Set.of(Role.ADMIN));

    private static TargetedReviewRequest inReview() {
        TargetedReviewRequest request = TargetedReviewRequestTest.completeIndividualDraft();
        request.submit("submitter", Disclosure.TEXT, WINDOW, INSIDE);
        return request;
    }

    @Test
    void anUnassignedCaseIsOfferedToWhoeverWorksCasesToClaimAndToASupervisorToWorkAndReassign() {
        TargetedReviewRequest request = inReview();
        assertEquals(new CaseActions(true, false, false), CaseActions.of(request, RILEY));
        assertEquals(new CaseActions(true, true, true), CaseActions.of(request, SAM));
        assertEquals(new CaseActions(false, false, false), CaseActions.of(request, ADA), "an administrator reads");
    }

    @Test
    void anAssignedCaseIsWorkedOnlyByItsReviewerOrASupervisorAndClaimedByNobody() {
        TargetedReviewRequest request = inReview();
        request.assignTo("riley", LATER);
        assertEquals(new CaseActions(false, true, false), CaseActions.of(request, RILEY));
        assertEquals(new CaseActions(false, false, false), CaseActions.of(request, DANA));
        assertEquals(new CaseActions(false, true, true), CaseActions.of(request, SAM));
    }

    @Test
    void aDecidedCaseOffersNothingToAnyone() {
        TargetedReviewRequest request = inReview();
        request.assignTo("riley", LATER);
        request.decide(new Decision(DecisionReason.NO_ERROR_FOUND, "Scored as it should be.", "riley", LATER));
        for (Viewer viewer : Set.of(RILEY, DANA, SAM, ADA)) {
            assertEquals(new CaseActions(false, false, false), CaseActions.of(request, viewer), viewer.username());
        }
    }
}
