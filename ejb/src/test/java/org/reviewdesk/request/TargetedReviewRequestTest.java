package org.reviewdesk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reviewdesk.configuration.EasternTime;
import org.reviewdesk.validation.FieldError;
import org.reviewdesk.validation.InvalidInput;

class TargetedReviewRequestTest {

    private static final SubmissionWindow WINDOW = SubmissionWindow.releasedOn(2020, LocalDate.of(2021, 8, 2));
    private static final Instant INSIDE =
            ZonedDateTime.of(2021, 9, 1, 10, 0, 0, 0, EasternTime.ZONE).toInstant();
    private static final Instant AFTER =
            ZonedDateTime.of(2021, 10, 5, 10, 0, 0, 0, EasternTime.ZONE).toInstant();

    static TargetedReviewRequest completeIndividualDraft() {
        TargetedReviewRequest request = new TargetedReviewRequest("submitter", 2020, 17, INSIDE);
        request.identify(ApplicationType.INDIVIDUAL, "1234567893");
        request.choosePractice("123459403", "Pfeffer Group");
        request.contact(PhoneNumber.parse("866-288-8292", ""), "Pat@Example.org", Relationship.CLINICIAN, null);
        request.grantAccess(List.of("office@example.org", "", "OFFICE@example.org"));
        request.affect(EnumSet.of(PerformanceCategory.QUALITY));
        request.describeIssue(EnumSet.of(IssueType.SUBMISSION), "Our vendor submitted under the wrong TIN.");
        request.savedAt("ISSUES", INSIDE);
        return request;
    }

    @Test
    void aDraftBecomesCompleteOnlyWhenEveryRequiredStepIsFilled() {
        TargetedReviewRequest request = new TargetedReviewRequest("submitter", 2020, 1, INSIDE);
        request.identify(ApplicationType.GROUP, "123459403");
        request.savedAt("APPLICATION", INSIDE);

        assertEquals(RequestStatus.DRAFT_IN_PROGRESS, request.status());
        List<String> missing = request.problemsBeforeSubmission().stream()
                .map(FieldError::field)
                .toList();
        assertEquals(
                List.of(
                        "Phone number",
                        "Email",
                        "Relationship",
                        "Performance Categories",
                        "Issue Types",
                        "Detailed Explanation"),
                missing);

        assertEquals(RequestStatus.DRAFT_COMPLETE, completeIndividualDraft().status());
    }

    @Test
    void anIndividualRequestNeedsItsPractice() {
        TargetedReviewRequest request = completeIndividualDraft();
        request.identify(ApplicationType.INDIVIDUAL, "2000000002");
        request.savedAt("APPLICATION", INSIDE);

        assertNull(request.practiceTin(), "a new clinician keeps the previous clinician's practice");
        assertEquals(RequestStatus.DRAFT_IN_PROGRESS, request.status());
        assertEquals(
                "Group Practice Name", request.problemsBeforeSubmission().get(0).field());
    }

    @Test
    void additionalAccessAddressesAreCheckedAndDeduplicated() {
        TargetedReviewRequest request = completeIndividualDraft();
        assertEquals(Set.of("office@example.org"), request.additionalAccess());

        InvalidInput refusal = assertThrows(
                InvalidInput.class, () -> request.grantAccess(List.of("ok@example.org", "not-an-address")));
        assertEquals("Additional Staff Access Email(s)", refusal.errors().get(0).field());
        assertEquals(Set.of("office@example.org"), request.additionalAccess(), "a refused list must change nothing");
    }

    @Test
    void otherRelationshipNeedsADescription() {
        TargetedReviewRequest request = completeIndividualDraft();
        InvalidInput refusal = assertThrows(
                InvalidInput.class,
                () -> request.contact(
                        PhoneNumber.parse("866-288-8292", ""), "pat@example.org", Relationship.OTHER, " "));
        assertEquals("Describe your relationship", refusal.errors().get(0).field());
    }

    @Test
    void submittingRecordsTheCertificationAndEndsTheDraft() {
        TargetedReviewRequest request = completeIndividualDraft();

        request.submit("submitter", Disclosure.TEXT, WINDOW, INSIDE);

        assertEquals(RequestStatus.SUBMITTED_IN_REVIEW, request.status());
        assertEquals("submitter", request.certification().certifiedBy());
        assertEquals(INSIDE, request.certification().certifiedAt());
        assertEquals(Disclosure.TEXT, request.certification().disclosureText());
        assertThrows(InvalidInput.class, () -> request.describeIssue(Set.of(IssueType.GENERAL), "changed afterwards"));
    }

    @Test
    void submittingOutsideTheWindowIsRefusedAndTheDraftIsKept() {
        TargetedReviewRequest request = completeIndividualDraft();

        InvalidInput refusal =
                assertThrows(InvalidInput.class, () -> request.submit("submitter", Disclosure.TEXT, WINDOW, AFTER));

        assertTrue(refusal.getMessage().contains("closed on October 1, 2021"), refusal.getMessage());
        assertEquals(RequestStatus.DRAFT_COMPLETE, request.status());
        assertNull(request.certification());
    }

    @Test
    void anIncompleteDraftCannotBeSubmittedAndIsToldWhatIsMissing() {
        TargetedReviewRequest request = new TargetedReviewRequest("submitter", 2020, 2, INSIDE);
        InvalidInput refusal =
                assertThrows(InvalidInput.class, () -> request.submit("submitter", Disclosure.TEXT, WINDOW, INSIDE));
        assertEquals("Application type", refusal.errors().get(0).field());
    }

    @Test
    void aWithdrawnRequestNeverChangesAgain() {
        TargetedReviewRequest request = completeIndividualDraft();
        request.submit("submitter", Disclosure.TEXT, WINDOW, INSIDE);

        request.withdraw(INSIDE);

        assertEquals(RequestStatus.WITHDRAWN, request.status());
        assertThrows(InvalidInput.class, () -> request.withdraw(INSIDE));
        assertThrows(InvalidInput.class, () -> request.rename("New name"));
        assertThrows(InvalidInput.class, () -> request.savedAt("ISSUES", INSIDE));
    }

    @Test
    void onlyTheSubmitterEditsADraftAndRenamesOrWithdrawsUntilItIsClosed() {
        TargetedReviewRequest request = completeIndividualDraft();
        assertTrue(request.isEditableBy("submitter"));
        assertFalse(request.isEditableBy("submitter2"));
        assertFalse(request.isChangeableBy("submitter2"));

        request.submit("submitter", Disclosure.TEXT, WINDOW, INSIDE);
        assertFalse(request.isEditableBy("submitter"), "a submitted request is no longer edited");
        assertTrue(request.isChangeableBy("submitter"), "it can still be renamed or withdrawn");

        request.withdraw(INSIDE);
        assertFalse(request.isChangeableBy("submitter"));
    }

    @Test
    void decidedRequestsCannotBeWithdrawnOrReopened() {
        for (RequestStatus decided : List.of(RequestStatus.APPROVED, RequestStatus.DENIED)) {
            for (RequestStatus any : RequestStatus.values()) {
                assertTrue(!decided.canBecome(any), decided + " must not become " + any);
            }
        }
        assertTrue(RequestStatus.SUBMITTED_IN_REVIEW.canBecome(RequestStatus.WITHDRAWN));
        assertTrue(!RequestStatus.WITHDRAWN.canBecome(RequestStatus.SUBMITTED_IN_REVIEW));
        assertTrue(!RequestStatus.DRAFT_IN_PROGRESS.canBecome(RequestStatus.SUBMITTED_IN_REVIEW));
    }

    @Test
    void theSubmitterAndSharedAddressesMaySeeTheRequestNobodyElse() {
        TargetedReviewRequest request = completeIndividualDraft();
        assertTrue(request.isVisibleToSubmitter("submitter", "someone@example.org"));
        assertTrue(request.isVisibleToSubmitter("other", "Office@Example.org"));
        assertTrue(!request.isVisibleToSubmitter("submitter2", "sam.second@example.org"));
    }
}
