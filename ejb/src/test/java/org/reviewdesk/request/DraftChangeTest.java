package org.reviewdesk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewdesk.validation.FieldError;

/** The editor's steps as commands: each field of a step is kept or refused on its own. */
class DraftChangeTest {

    private static TargetedReviewRequest individualDraft() {
        TargetedReviewRequest draft = new TargetedReviewRequest("submitter", 2020, 1, Instant.EPOCH);
        draft.identify(ApplicationType.INDIVIDUAL, "1234567893");
        return draft;
    }

    private static List<String> fields(List<FieldError> refused) {
        return refused.stream().map(FieldError::field).toList();
    }

    @Test
    void aWrongExtensionNeverCostsTheEmailAndRelationshipTypedBesideIt() {
        TargetedReviewRequest draft = individualDraft();

        List<FieldError> refused = new DraftChange.Contact(
                        "866-288-8292", "12x", "Pat@Example.org", Relationship.CLINICIAN, null)
                .applyTo(draft);

        assertEquals(1, refused.size(), refused.toString());
        assertNull(draft.contactPhone());
        assertEquals("pat@example.org", draft.contactEmail());
        assertEquals(Relationship.CLINICIAN, draft.relationship());
    }

    @Test
    void aBlankPhoneNumberLeavesItOutOfTheDraftForNow() {
        TargetedReviewRequest draft = individualDraft();
        new DraftChange.Contact("866-288-8292", "", null, null, null).applyTo(draft);

        assertTrue(new DraftChange.Contact(" ", "", null, null, null)
                .applyTo(draft)
                .isEmpty());

        assertNull(draft.contactPhone());
    }

    @Test
    void theIdentificationNamesTheRefusedTitleAndIdentifierTogether() {
        TargetedReviewRequest draft = new TargetedReviewRequest("submitter", 2020, 1, Instant.EPOCH);

        List<FieldError> refused =
                new DraftChange.Identification(ApplicationType.INDIVIDUAL, "1234567890", " ").applyTo(draft);

        assertEquals(List.of(TargetedReviewRequest.TITLE, "Clinician NPI"), fields(refused));
    }

    @Test
    void detailsWithoutAPracticeKeepTheOneChosenAndStillSaveTheTicket() {
        TargetedReviewRequest draft = individualDraft();
        new DraftChange.Details(DraftChange.PracticeChoice.listed("123459403", "Pfeffer Group"), null).applyTo(draft);

        List<FieldError> refused = new DraftChange.Details(null, "cs0606124").applyTo(draft);

        assertTrue(refused.isEmpty(), refused.toString());
        assertEquals("123459403", draft.practiceTin());
        assertEquals("CS0606124", draft.serviceDeskTicket());
    }

    @Test
    void aPracticeNotListedIsKeptByItsTinAlone() {
        TargetedReviewRequest draft = individualDraft();

        new DraftChange.Details(DraftChange.PracticeChoice.notListed("123459403"), null).applyTo(draft);

        assertTrue(draft.isPracticeNotListed());
        assertEquals("123459403", draft.practiceTin());
        assertNull(draft.practiceName());
    }

    @Test
    void anOverlongExplanationIsRefusedWhileTheIssueTypesAreKept() {
        TargetedReviewRequest draft = individualDraft();

        List<FieldError> refused = new DraftChange.Issue(
                        EnumSet.of(IssueType.SUBMISSION), "x".repeat(TargetedReviewRequest.MAX_EXPLANATION + 1))
                .applyTo(draft);

        assertEquals(List.of(TargetedReviewRequest.EXPLANATION), fields(refused));
        assertEquals(EnumSet.of(IssueType.SUBMISSION), draft.issueTypes());
    }
}
