package org.reviewdesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.reviewdesk.configuration.EasternTime;
import org.reviewdesk.configuration.Settings;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.Disclosure;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;
import org.reviewdesk.request.PhoneNumber;
import org.reviewdesk.request.Relationship;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.request.SubmissionWindow;
import org.reviewdesk.request.TargetedReviewRequest;

/** Renders every notification and reads it as the people on the request would. */
class NotificationsTest {

    private static final String PUBLIC_URL = "https://reviewdesk.example.org/reviewdesk/";
    private static final long ID = 42;
    private static final String LINK = PUBLIC_URL + "submitter/request.xhtml?id=42";
    private static final String TAG = "[Review Desk #42]";
    private static final String DISPLAY_ID = "2025 TARGETED REVIEW ID: 17";

    private static final SubmissionWindow WINDOW = SubmissionWindow.releasedOn(2025, LocalDate.of(2026, 8, 3));
    private static final Instant CREATED = eastern(2026, 8, 20, 9, 30);
    private static final Instant SUBMITTED = eastern(2026, 9, 1, 14, 5);
    private static final Instant DUE = eastern(2026, 10, 1, 14, 5);
    private static final Instant WITHDRAWN = eastern(2026, 11, 23, 15, 4);

    private static final String PRACTICE_TIN = "123459403";
    private static final String GROUP_TIN = "987654321";

    private final Notifications notifications = new Notifications(new Settings() {
        @Override
        public String publicUrl() {
            return PUBLIC_URL;
        }
    });

    // ---- what every notification has

    @Test
    void anApiTokenExpiryWarningSaysWhichTokenWhenAndWhatToDoWithoutARequestTag() {
        OutgoingMail mail = notifications.apiTokenExpiring(
                "tech@registry.example.org", "Acme Registry", "production", "…x7Qa", DUE);

        assertEquals(List.of("tech@registry.example.org"), mail.recipients());
        assertEquals("Review Desk: API token \"production\" expires on " + EasternTime.dayAndTime(DUE), mail.subject());
        assertTrue(Notifications.requestIdFromSubject(mail.subject()).isEmpty(), "a reply is never filed on a request");
        assertContains(mail.body(), "of Acme Registry (ending in …x7Qa)");
        assertContains(mail.body(), "Ask your Review Desk administrator for a new token");
        assertEquals(null, mail.repliesTo());
    }

    @Test
    void everyNotificationNamesItsRequestInSubjectAndBodyAndLinksToIt() {
        for (OutgoingMail mail : everyNotification(submitted(), withdrawn())) {
            assertTrue(mail.subject().startsWith(TAG + " "), mail.subject());
            assertTrue(mail.subject().contains(DISPLAY_ID), mail.subject());
            assertFalse(mail.subject().contains("\n"), mail.subject());
            assertEquals(OptionalLong.of(ID), Notifications.requestIdFromSubject(mail.subject()));
            assertContains(mail.body(), DISPLAY_ID);
            assertContains(mail.body(), LINK);
            assertContains(mail.body(), "Title: Wrong TIN in the vendor's file");
            assertFalse(mail.body().contains("null"), mail.body());
            assertFalse(mail.body().startsWith("\n"), "the body starts with text, not a blank line: " + mail.body());
        }
    }

    @Test
    void everyoneOnTheRequestIsWrittenToOnceWithTheContactFirst() {
        TargetedReviewRequest request = submitted();

        List<String> expected = List.of("a@example.org", "office@example.org", "billing@example.org");
        assertEquals(expected, Notifications.recipients(request));
        for (OutgoingMail mail : everyNotification(request, withdrawn())) {
            assertEquals(expected, mail.recipients(), mail.subject());
        }
    }

    @Test
    void aGroupTinIsMaskedAndNeverWrittenInFull() {
        TargetedReviewRequest withdrawnGroup = submittedGroup();
        withdrawnGroup.withdraw(WITHDRAWN);

        for (OutgoingMail mail : everyNotification(submittedGroup(), withdrawnGroup)) {
            assertContains(mail.body(), "For: Pfeffer Group (Group), Group TIN *****4321");
            assertFalse(mail.body().contains(GROUP_TIN), mail.body());
            assertFalse(mail.subject().contains(GROUP_TIN), mail.subject());
        }
    }

    @Test
    void theIndividualsPracticeTinIsNotMailed() {
        for (OutgoingMail mail : everyNotification(submitted(), withdrawn())) {
            assertContains(mail.body(), "For: Pat Quinlan (Individual), Clinician NPI 1158813992");
            assertFalse(mail.body().contains(PRACTICE_TIN), mail.body());
        }
    }

    // ---- each occasion

    @Test
    void theConfirmationSaysWhenTheRequestWasReceivedInEasternTime() {
        OutgoingMail mail = notifications.requestReceived(submitted());

        assertEquals(TAG + " " + DISPLAY_ID + " received", mail.subject());
        assertContains(mail.body(), "We received your Targeted Review request on September 1, 2026 2:05 PM ET.");
        assertContains(mail.body(), "Status: Submitted \u2013 In Review");
    }

    @Test
    void aCommentIsMailedWithItsAuthorAndItsText() {
        OutgoingMail mail = notifications.commentAdded(
                submitted(),
                "Riley Reviewer",
                "Please confirm which TIN the vendor used.\nThe feedback report shows two.");

        assertEquals(TAG + " " + DISPLAY_ID + ": new comment from Riley Reviewer", mail.subject());
        assertContains(mail.body(), "Riley Reviewer commented on your Targeted Review request:");
        assertContains(mail.body(), "Please confirm which TIN the vendor used.\nThe feedback report shows two.");
        assertFalse(mail.body().contains("continues in Review Desk"), mail.body());
    }

    @Test
    void anAuthorNameOverSeveralLinesStaysOnTheSubjectLine() {
        OutgoingMail mail = notifications.commentAdded(submitted(), "Riley\n  Reviewer", "Thank you.");

        assertEquals(TAG + " " + DISPLAY_ID + ": new comment from Riley Reviewer", mail.subject());
    }

    @Test
    void aLongCommentIsCutAfterAWordAndPointsToTheRest() {
        String comment =
                "The vendor's letter explains the error. ".repeat(40) + "These last words stay in Review Desk.";

        OutgoingMail mail = notifications.commentAdded(submitted(), "Riley Reviewer", comment);

        assertContains(mail.body(), "The vendor's letter explains the error.");
        assertFalse(mail.body().contains("These last words"), mail.body());
        assertContains(mail.body(), "error. \u2026");
        assertContains(mail.body(), "The comment continues in Review Desk.");
    }

    @Test
    void whatASubmitterOrReviewerTypesIsMailedAsTextNeverRunAsATemplate() {
        String sly = "Total: ${7 * 7} <#list 1..3 as n>${n}</#list> <#include \"parts/footer.ftl\">";

        OutgoingMail mail = notifications.commentAdded(submitted(), "${author}", sly);

        assertContains(mail.body(), sly);
        assertContains(mail.body(), "${author} commented");
        assertFalse(mail.body().contains("Total: 49"), mail.body());
    }

    @Test
    void aDocumentationRequestSaysWhatIsNeededAndByWhen() {
        OutgoingMail mail = notifications.documentationRequested(
                submitted(), "The vendor's letter confirming the TIN it submitted under.", DUE);

        assertEquals(TAG + " " + DISPLAY_ID + ": documentation requested", mail.subject());
        assertContains(mail.body(), "The vendor's letter confirming the TIN it submitted under.");
        assertContains(mail.body(), "in Review Desk by October 1, 2026 2:05 PM ET.");
        assertContains(mail.body(), "denied because the documentation was not provided");
    }

    @Test
    void theReminderSaysHowManyDaysAreLeftAndTheDueDate() {
        OutgoingMail three = notifications.documentationReminder(submitted(), DUE, 3);
        assertEquals(TAG + " " + DISPLAY_ID + ": documentation due in 3 days", three.subject());
        assertContains(three.body(), "is due in 3 days, by October 1, 2026 2:05 PM ET,");

        assertTrue(notifications
                .documentationReminder(submitted(), DUE, 1)
                .subject()
                .endsWith("due in 1 day"));
        OutgoingMail lastDay = notifications.documentationReminder(submitted(), DUE, 0);
        assertTrue(lastDay.subject().endsWith("documentation due today"), lastDay.subject());
        assertContains(lastDay.body(), "is due today, by October 1, 2026 2:05 PM ET,");

        assertThrows(IllegalArgumentException.class, () -> notifications.documentationReminder(submitted(), DUE, -1));
    }

    @Test
    void aDenialGivesItsReasonAndTheReviewersNarrative() {
        OutgoingMail mail = notifications.decision(
                submitted(),
                RequestStatus.DENIED,
                "Documentation not provided",
                "We asked for the vendor's letter on September 2.\nIt did not arrive before the deadline.");

        assertEquals(TAG + " " + DISPLAY_ID + " denied", mail.subject());
        assertContains(mail.body(), "Your Targeted Review request was denied.");
        assertContains(mail.body(), "Reason: Documentation not provided");
        assertContains(
                mail.body(),
                "We asked for the vendor's letter on September 2.\nIt did not arrive before the deadline.");
    }

    @Test
    void anApprovalWithoutAReasonCodeLeavesTheReasonLineOut() {
        OutgoingMail mail = notifications.decision(
                submitted(),
                RequestStatus.APPROVED,
                null,
                "Your quality score will be recalculated with the corrected TIN.");

        assertEquals(TAG + " " + DISPLAY_ID + " approved", mail.subject());
        assertContains(mail.body(), "Your Targeted Review request was approved.");
        assertContains(mail.body(), "Your quality score will be recalculated with the corrected TIN.");
        assertFalse(mail.body().contains("Reason:"), mail.body());
    }

    @Test
    void aDecisionEitherApprovesOrDenies() {
        assertThrows(
                IllegalArgumentException.class,
                () -> notifications.decision(submitted(), RequestStatus.WITHDRAWN, "Withdrawn", "No."));
        assertThrows(
                IllegalArgumentException.class,
                () -> notifications.decision(submitted(), null, "Insufficient information", "No."));
        assertThrows(
                IllegalArgumentException.class,
                () -> notifications.decision(submitted(), RequestStatus.DENIED, "Insufficient information", " "));
    }

    @Test
    void theWithdrawalSaysWhenItHappenedInEasternTime() {
        OutgoingMail mail = notifications.requestWithdrawn(withdrawn());

        assertEquals(TAG + " " + DISPLAY_ID + " withdrawn", mail.subject());
        assertContains(mail.body(), "Your Targeted Review request was withdrawn on November 23, 2026 3:04 PM ET.");
        assertContains(mail.body(), "Status: Withdrawn");
    }

    @Test
    void onlyAWithdrawnRequestIsAnnouncedAsWithdrawn() {
        assertThrows(IllegalStateException.class, () -> notifications.requestWithdrawn(submitted()));
    }

    // ---- what must never reach a mailbox

    @Test
    void aRequestNotYetSavedCannotBeMailedAboutForItHasNoLink() {
        TargetedReviewRequest unsaved = draft();
        unsaved.submit("pat.quinlan", Disclosure.TEXT, WINDOW, SUBMITTED);

        assertThrows(IllegalStateException.class, () -> notifications.requestReceived(unsaved));
    }

    @Test
    void aTemplateMissingAValueThrowsRatherThanSendingHalfAMail() {
        IllegalStateException failure = assertThrows(
                IllegalStateException.class, () -> notifications.compose("comment-added.ftl", submitted(), Map.of()));

        assertContains(failure.getMessage(), "comment-added.ftl");
        assertContains(failure.getMessage(), "author");
    }

    @Test
    void anUnknownTemplateThrows() {
        assertThrows(
                IllegalStateException.class,
                () -> notifications.compose("no-such-notification.ftl", submitted(), Map.of()));
    }

    @Test
    void aTemplateCannotCreateJavaObjects() {
        // src/test/resources/mail/creates-a-java-object.ftl tries ?new on FreeMarker's own command runner.
        IllegalStateException failure = assertThrows(
                IllegalStateException.class,
                () -> notifications.compose("creates-a-java-object.ftl", submitted(), Map.of()));

        assertContains(failure.getMessage(), "creates-a-java-object.ftl");
        assertContains(failure.getMessage(), "not allowed");
    }

    // ---- requests as the portal makes them

    private List<OutgoingMail> everyNotification(TargetedReviewRequest request, TargetedReviewRequest withdrawn) {
        return List.of(
                notifications.requestReceived(request),
                notifications.commentAdded(request, "Riley Reviewer", "Which TIN did the vendor use?"),
                notifications.documentationRequested(request, "The vendor's letter.", DUE),
                notifications.documentationReminder(request, DUE, 5),
                notifications.decision(
                        request, RequestStatus.DENIED, "Insufficient information", "The letter does not name the TIN."),
                notifications.requestWithdrawn(withdrawn));
    }

    @Test
    void staffMailGoesToTheReviewerWithoutTheReplyTagAndLinksToTheCasePage() {
        TargetedReviewRequest request = submitted();
        OutgoingMail gained = notifications.casesReassigned(
                "riley@staff.example.org",
                List.of(request),
                true,
                "Morgan Supervisor",
                "Riley covers Dana's cases this week");
        OutgoingMail lost = notifications.casesReassigned(
                "dana@staff.example.org",
                List.of(request, submittedGroup()),
                false,
                "Morgan Supervisor",
                "Riley covers Dana's cases this week");
        OutgoingMail update = notifications.caseUpdate(
                request, "riley@staff.example.org", "documentation request answered", "The submitter answered.");

        assertEquals("Review Desk: " + DISPLAY_ID + " assigned to you", gained.subject());
        assertEquals("Review Desk: 2 of your cases reassigned", lost.subject());
        assertEquals("Review Desk: " + DISPLAY_ID + ": documentation request answered", update.subject());
        for (OutgoingMail mail : List.of(gained, lost, update)) {
            assertEquals(
                    OptionalLong.empty(),
                    Notifications.requestIdFromSubject(mail.subject()),
                    "a reply to staff mail must never be filed as a comment the submitter reads: " + mail.subject());
            assertContains(mail.body(), PUBLIC_URL + "reviewer/case.xhtml?id=42");
            assertFalse(mail.body().contains(LINK), "staff mail links to the case page, not the portal");
            assertFalse(mail.body().contains(GROUP_TIN), "TINs stay masked in staff mail too");
        }
        assertEquals(List.of("riley@staff.example.org"), gained.recipients());
        assertContains(gained.body(), "Morgan Supervisor assigned this case to you");
        assertContains(lost.body(), "Reason: Riley covers Dana's cases this week");
    }

    private static TargetedReviewRequest draft() {
        TargetedReviewRequest request = new TargetedReviewRequest("submitter", 2025, 17, CREATED);
        request.identify(ApplicationType.INDIVIDUAL, "1158813992");
        request.prePopulate("Pat Quinlan", "Physician");
        request.choosePractice(PRACTICE_TIN, "Pfeffer Group");
        fillIn(request);
        return request;
    }

    private static void fillIn(TargetedReviewRequest request) {
        request.contact(PhoneNumber.parse("866-288-8292", null), "A@Example.org", Relationship.CLINICIAN, null);
        // The contact listed again, and an address twice in different case: each is written to once.
        request.grantAccess(
                List.of("office@example.org", "a@example.org", "billing@example.org", "Office@Example.org"));
        request.affect(EnumSet.of(PerformanceCategory.QUALITY));
        request.describeIssue(
                EnumSet.of(IssueType.SUBMISSION), "Our vendor submitted the quality measures under the wrong TIN.");
        request.rename("Wrong TIN in the vendor's file");
        request.savedAt("ISSUES", CREATED);
    }

    private static TargetedReviewRequest submitted() {
        TargetedReviewRequest request = draft();
        request.submit("pat.quinlan", Disclosure.TEXT, WINDOW, SUBMITTED);
        return withId(request, ID);
    }

    private static TargetedReviewRequest submittedGroup() {
        TargetedReviewRequest group = new TargetedReviewRequest("submitter", 2025, 17, CREATED);
        group.identify(ApplicationType.GROUP, "98-7654321");
        group.prePopulate("Pfeffer Group", null);
        fillIn(group);
        group.submit("pat.quinlan", Disclosure.TEXT, WINDOW, SUBMITTED);
        return withId(group, ID);
    }

    private static TargetedReviewRequest withdrawn() {
        TargetedReviewRequest request = submitted();
        request.withdraw(WITHDRAWN);
        return request;
    }

    /** The database ID JPA would assign on persist; the entity rightly offers no way to set it. */
    private static TargetedReviewRequest withId(TargetedReviewRequest request, long id) {
        try {
            Field field = TargetedReviewRequest.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(request, id);
            return request;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("TargetedReviewRequest no longer has a private id field", e);
        }
    }

    private static Instant eastern(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, EasternTime.ZONE)
                .toInstant();
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "expected \"" + expected + "\" in:\n" + text);
    }
}
