package org.reviewdesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.reviewdesk.it.Browser;
import org.reviewdesk.it.CaughtMail;
import org.reviewdesk.it.Eventually;
import org.reviewdesk.it.Mailboxes;
import org.reviewdesk.it.ServerProperties;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.review.DocumentationRequest;
import org.reviewdesk.security.DemoAccounts;

/**
 * The reviewer's day in a real browser, one behaviour per test, each on a case of its own: a case taken from the
 * queue, an internal note that mentions a colleague and never reaches the submitter while the comment beside it does,
 * a documentation request the submitter answers in the portal with a file, an approval with its confirmation step; a second documentation request left to lapse on a
 * short clock; and a denial by a supervisor while the reviewer's page is stale. The screenshots are those of
 * docs/user-guide-reviewer.md.
 */
class ReviewerWorkspaceIT extends BrowserTest {

    private static final String SUBMITTER_EMAIL = "pat.submitter@example.org";
    private static final String CONTACT_EMAIL = "jordan.ellis@registry.example.org";
    private static final Path EVIDENCE = TestDeployments.sharedFile("corpus/documents/testPDF.pdf");
    private static final Path NOTE_FILE = TestDeployments.sharedFile("corpus/documents/testRTF.rtf");
    private static final String PERIOD = "reviewdesk.documentation-period";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestDeployments.shipped();
    }

    @ArquillianResource
    ManagementClient management;

    @RegisterExtension
    final CaughtMail smtp = new CaughtMail();

    @AfterEach
    void restoreTheDocumentationPeriod() {
        ServerProperties.set(management, PERIOD, null);
    }

    @Test
    void aReviewerClaimsACaseFromTheUnassignedQueueAndReadsItsDocumentWithoutDownloadingIt() {
        ApiFiling registry = ApiFiling.issuedBy(
                browser, "Workspace Registry " + UUID.randomUUID().toString().substring(0, 6));
        // The supervisor turns automatic assignment off, so the case waits in the unassigned queue.
        browser.signIn("supervisor", DemoAccounts.PASSWORD);
        StaffScreens.switchAutomaticAssignment(browser, false);
        assertTrue(browser.text(By.id("workload-form:workload")).contains("Riley Reviewer"));
        browser.scrollTo(By.id("workload-form:assignment-panel"));
        browser.screenshot("supervisor-workload");
        String displayId;
        try {
            displayId = fileFor(registry, "ws-");
        } finally {
            StaffScreens.switchAutomaticAssignment(browser, true);
            browser.signOut();
        }

        browser.signIn("reviewer", DemoAccounts.PASSWORD);
        browser.find(By.id("queue-tabs"));
        browser.click(By.cssSelector(".rd-queue-unassigned"));
        StaffScreens.newestFirst(browser);
        browser.find(By.linkText(displayId));
        browser.screenshot("reviewer-queues");
        browser.click(By.xpath("//tr[.//a[text()='" + displayId + "']]//button[contains(@class,'rd-claim')]"));
        browser.waitForText(By.id("queues:messages"), "You claimed " + displayId);
        StaffScreens.openFromMyQueue(browser, displayId);
        assertEquals(displayId, browser.text(By.id("case-heading")));
        assertEquals("Riley Reviewer", browser.text(By.id("case-reviewer")));
        assertTrue(browser.text(By.id("audit-table")).contains("Claimed"), "the claim is in the audit trail");

        // The text of the attached document, without downloading it.
        browser.click(By.cssSelector(".rd-preview-link"));
        assertTrue(browser.waitForText(By.id("preview-text"), "Tika").contains("Apache Tika"));
        browser.screenshot("reviewer-attachment-preview");
    }

    @Test
    void anInternalNoteAndItsFileNeverReachTheSubmitterWhileTheCommentBesideItDoes() {
        String displayId = claimedCase("Note Registry");
        CaseScreen casePage = new CaseScreen(browser);
        casePage.comment("Which practice billed these claims in March?", "Which practice billed");
        String noteFileHref = casePage.internalNote(
                "@supervisor the registry says the TIN was wrong; agree we approve if they confirm?",
                NOTE_FILE,
                "the registry says");
        assertEquals(200, browser.download(noteFileHref).status(), "staff download the note's file");
        // The audit table is drawn with the page (it is not redrawn by the composer's Ajax), so read it reloaded.
        browser.open(browser.currentPath().replaceFirst("^/", ""));
        String trail = casePage.auditTrail();
        assertTrue(trail.contains("Comment") && trail.contains("Internal note"), trail);
        browser.scrollTo(By.id("comments"));
        browser.screenshot("reviewer-conversation");
        browser.signOut();

        browser.signIn("submitter", DemoAccounts.PASSWORD);
        PortalRequestScreen request = PortalRequestScreen.openFromTheSummary(browser, displayId);
        String portal = browser.find(By.id("thread")).getText();
        assertTrue(portal.contains("Which practice billed"), portal);
        String page = browser.find(By.tagName("body")).getText();
        assertFalse(
                portal.contains("the registry says") || page.contains("Internal note"),
                "an internal note never reaches the portal");
        assertFalse(page.contains(NOTE_FILE.getFileName().toString()), "nor does the file on the note");
        assertEquals(404, browser.download(noteFileHref).status(), "the note's file is not found for the submitter");
        String pdf = pdfText(browser.download(request.pdfUrl()));
        assertTrue(pdf.contains(displayId), pdf);
        assertFalse(
                pdf.contains("the registry says")
                        || pdf.contains(NOTE_FILE.getFileName().toString()),
                "the note and its file are not in the submitter's PDF: " + pdf);

        // Mail: the submitter's side gets the comment, never the note; the supervisor gets the mention.
        Eventually.await(
                "the mention",
                () -> subjectsTo("morgan.supervisor@example.org"),
                subjects -> subjects.contains(
                        "Review Desk: " + displayId + ": Riley Reviewer mentioned you in an internal note"));
        Eventually.await(
                "the comment's mail",
                () -> Mailboxes.to(smtp, CONTACT_EMAIL).stream()
                        .map(ReviewerWorkspaceIT::bodyOf)
                        .toList(),
                bodies -> bodies.stream().anyMatch(body -> body.contains("Which practice billed")));
        for (String recipient : List.of(CONTACT_EMAIL, SUBMITTER_EMAIL)) {
            for (MimeMessage mail : Mailboxes.to(smtp, recipient)) {
                assertFalse(
                        bodyOf(mail).contains("the registry says"), "an internal note is never mailed to " + recipient);
            }
        }
    }

    @Test
    void theSubmittersAnswerWithAFileStopsTheDocumentationClockAndIsMarkedNewForTheReviewer() {
        String displayId = claimedCase("Answer Registry");
        CaseScreen casePage = new CaseScreen(browser);
        casePage.comment("Which practice billed these claims in March?", "Which practice billed");
        assertTrue(
                casePage.requestDocumentation(
                                "The claims report for March showing the billing TIN.", "Waiting on the submitter")
                        .contains("30 days left"),
                "a new 30-day request has 30 days left");
        browser.scrollTo(By.id("back-to-queues"));
        browser.screenshot("reviewer-case");
        browser.signOut();

        browser.signIn("submitter", DemoAccounts.PASSWORD);
        PortalRequestScreen request = PortalRequestScreen.openFromTheSummary(browser, displayId);
        assertTrue(browser.text(By.id("documentation-request")).contains("The claims report for March"));
        assertEquals("Reply to Riley Reviewer", request.startReply());
        assertTrue(request.sendWithFile(
                        "It was Pfeffer Group; the claims report is attached.", EVIDENCE, "in reply to Riley Reviewer")
                .contains("testPDF.pdf"));
        assertFalse(
                browser.isShown(By.id("documentation-request")), "the answer ends the documentation request at once");
        browser.scrollTo(By.id("comments"));
        browser.screenshot("portal-conversation");
        browser.signOut();

        browser.signIn("reviewer", DemoAccounts.PASSWORD);
        StaffScreens.openFromMyQueue(browser, displayId);
        String casePath = browser.currentPath();
        assertEquals("Answered", browser.text(By.cssSelector(".rd-documentation-state")));
        assertFalse(browser.isShown(By.id("documentation-clock")), "the clock stopped");
        // What the submitter wrote since the reviewer last opened the case is marked New; the reviewer's own words are
        // not.
        String fresh = browser.text(By.cssSelector("#thread .rd-new"));
        assertTrue(fresh.contains("New") && fresh.contains("It was Pfeffer Group"), fresh);
        assertFalse(
                browser.isShown(By.xpath("(//article[contains(@class, 'rd-new')])[2]")),
                "only the submitter's answer is new");
        String trail = casePage.auditTrail();
        assertTrue(
                trail.contains("Documentation requested") && trail.contains("Documentation request answered"), trail);
        browser.open(casePath);
        browser.find(By.id("thread"));
        assertFalse(browser.isShown(By.cssSelector("#thread .rd-new")), "opened again, nothing is new");
        Eventually.await(
                "the documentation request's mail",
                () -> subjectsTo(SUBMITTER_EMAIL),
                subjects -> subjects.stream()
                        .anyMatch(subject -> subject.contains(displayId + ": documentation requested")));
    }

    @Test
    void anApprovalNeedsAReasonAndAConfirmationStepAndIsMailedToTheSubmittersSide() {
        String displayId = claimedCase("Approval Registry");
        CaseScreen casePage = new CaseScreen(browser);
        casePage.startDecision();
        // Clicking the outcome that is already chosen keeps it chosen: a decision always has an outcome.
        casePage.chooseOutcome(CaseScreen.Outcome.APPROVE);
        assertEquals("Approve", casePage.chosenOutcome());
        casePage.reviewDecision();
        assertEquals("Choose the reason for the decision", browser.text(By.id("decision-reason-error")));
        casePage.chooseReason("Data was attributed to the wrong TIN or NPI");
        casePage.writeNarrative("The registry's file carried the wrong TIN; we moved the data and rescored.");
        casePage.reviewDecision();
        assertTrue(browser.text(By.id("decision-summary")).startsWith("Approve " + displayId));
        browser.screenshot("reviewer-decision-confirm");
        assertEquals("Approved", casePage.confirm("Approved"));
        browser.scrollTo(By.id("status-history"));
        browser.screenshot("reviewer-history");
        String trail = casePage.auditTrail();
        for (String action : List.of("Submitted", "Claimed", "Decision")) {
            assertTrue(trail.contains(action), action + " is in the audit trail: " + trail);
        }
        Eventually.await(
                "the decision mail",
                () -> subjectsTo(CONTACT_EMAIL),
                subjects -> subjects.stream().anyMatch(s -> s.endsWith(displayId + " approved")));
    }

    @Test
    void aDocumentationRequestLeftUnansweredDeniesTheCaseWhenItsShortClockRunsOut() {
        String displayId = openOwnCaseOnAShortClock("Lapse Registry");
        browser.type(By.id("documentation-form:what-is-needed"), "Your signed attestation.");
        browser.click(By.id("documentation-form:send-documentation-request"));
        browser.waitForText(By.id("documentation-clock"), "due today at");

        assertEquals("Denied", awaitAutomaticDenial());
        assertTrue(browser.text(By.id("case-decision")).contains("Requested documentation was not provided in time"));
        assertEquals("Lapsed", browser.text(By.cssSelector(".rd-documentation-state")));
        assertTrue(browser.text(By.id("audit-table")).contains("Documentation request lapsed"));
        browser.scrollTo(By.id("back-to-queues"));
        browser.screenshot("reviewer-lapsed");
        Eventually.await(
                "the decision mail",
                () -> subjectsTo(SUBMITTER_EMAIL),
                subjects -> subjects.stream().anyMatch(s -> s.endsWith(displayId + " denied")));
        browser.signOut();

        browser.signIn("submitter", DemoAccounts.PASSWORD);
        PortalRequestScreen.openFromTheSummary(browser, displayId);
        assertTrue(browser.text(By.id("decision")).contains("Requested documentation was not provided in time"));
        assertFalse(browser.isShown(By.id("conversation:send-comment")), "a decided case takes no more comments");
    }

    @Test
    void aDocumentationRequestAsLongAsTheFormAllowsStillDeniesTheCaseWhenItLapses() {
        openOwnCaseOnAShortClock("Long Lapse Registry");
        // As many characters as the box takes, pasted at once (typing 10,000 keys one by one proves nothing more).
        int allowed = DocumentationRequest.MAX_TEXT;
        browser.paste(
                By.id("documentation-form:what-is-needed"),
                "Every signed attestation of the practice, page by page. "
                        .repeat(allowed)
                        .substring(0, allowed));
        browser.click(By.id("documentation-form:send-documentation-request"));
        browser.waitForText(By.id("documentation-clock"), "Waiting on the submitter");

        assertEquals("Denied", awaitAutomaticDenial());
        String narrative = browser.text(By.id("case-decision"));
        assertTrue(narrative.contains("Requested documentation was not provided in time"), narrative);
        assertTrue(narrative.contains("page by page"), "the denial quotes what was needed: " + narrative.length());
    }

    @Test
    void aSupervisorDeniesWhileTheReviewersPageIsStaleAndTheReviewerIsToldWhatChanged() {
        ApiFiling registry = ApiFiling.issuedBy(
                browser, "Conflict Registry " + UUID.randomUUID().toString().substring(0, 6));
        String displayId = StaffScreens.claimedByTheReviewer(
                browser,
                () -> registry.file(
                        "conflict-" + UUID.randomUUID(),
                        "SUBMISSION",
                        SUBMITTER_EMAIL,
                        EVIDENCE,
                        "We disagree with the scoring methodology."));
        try (Browser supervisor = new Browser(base)) {
            String caseUrl = browser.currentPath().replaceFirst("^/", "");

            supervisor.signIn("supervisor", DemoAccounts.PASSWORD);
            supervisor.open(caseUrl);
            CaseScreen supervisorsPage = new CaseScreen(supervisor);
            assertTrue(supervisorsPage
                    .decide(
                            CaseScreen.Outcome.DENY,
                            "Scoring methodology (not subject to review)",
                            "The scoring methodology is not subject to targeted review.")
                    .startsWith("Deny " + displayId));
            supervisorsPage.confirm("Denied");

            // The reviewer's page still shows the case in review; their approval is refused and explained.
            CaseScreen reviewersPage = new CaseScreen(browser);
            reviewersPage.startDecision();
            reviewersPage.chooseReason("Error in the calculation confirmed and corrected");
            reviewersPage.writeNarrative("We corrected the calculation.");
            reviewersPage.reviewDecision();
            reviewersPage.confirm();
            String conflict = browser.waitForText(By.id("conflict"), "changed since you opened it");
            assertTrue(
                    conflict.contains("Morgan Supervisor") && conflict.contains("Denied: Scoring methodology"),
                    conflict);
            assertEquals("Denied", browser.text(By.id("case-status")), "the page now shows the case as it is");
            browser.scrollTo(By.id("back-to-queues"));
            browser.screenshot("reviewer-conflict");
        }
    }

    @Test
    void aSupervisorPagesThroughTheUnassignedQueueAndReassignsASelectionWithAReason() {
        ApiFiling registry = ApiFiling.issuedBy(
                browser, "Queue Registry " + UUID.randomUUID().toString().substring(0, 6));
        browser.signIn("supervisor", DemoAccounts.PASSWORD);
        StaffScreens.switchAutomaticAssignment(browser, false);
        List<String> filed = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                filed.add(registry.file(
                        "queue-" + UUID.randomUUID(), "MEASURE_ACTIVITY", SUBMITTER_EMAIL, EVIDENCE, "Case " + i));
            }
        } finally {
            StaffScreens.switchAutomaticAssignment(browser, true);
        }

        browser.open("reviewer/home.xhtml");
        browser.click(By.cssSelector(".rd-queue-unassigned"));
        assertTrue(
                browser.text(By.cssSelector(".rd-queue-unassigned"))
                        .matches("Unassigned \\((1[2-9]|[2-9]\\d|\\d{3,})\\)"),
                "the tab counts the queue: " + browser.text(By.cssSelector(".rd-queue-unassigned")));
        StaffScreens.newestFirst(browser);
        new org.openqa.selenium.support.ui.Select(
                        browser.find(By.cssSelector("#queues\\:cases .ui-paginator-rpp-options")))
                .selectByValue("10");
        browser.settle();
        String firstPage = browser.text(By.cssSelector("#queues\\:cases .ui-paginator-current"));
        assertTrue(firstPage.startsWith("1–10 of "), firstPage);
        assertTrue(browser.isShown(By.linkText(filed.getLast())), "newest first: the last case filed is on page 1");
        browser.click(By.cssSelector("#queues\\:cases .ui-paginator-next"));
        assertTrue(browser.text(By.cssSelector("#queues\\:cases .ui-paginator-current"))
                .startsWith("11–"));
        assertTrue(browser.isShown(By.linkText(filed.get(1))), "page 2 goes on where page 1 ended");
        assertFalse(browser.isShown(By.linkText(filed.getLast())));
        browser.click(By.cssSelector("#queues\\:cases .ui-paginator-first"));

        for (String displayId : List.of(filed.getLast(), filed.get(filed.size() - 2))) {
            browser.click(By.xpath("//tr[.//a[text()='" + displayId + "']]//div[contains(@class,'ui-chkbox-box')]"));
        }
        browser.click(By.id("queues:reassign-selected"));
        assertEquals("2 case(s) selected.", browser.text(By.id("reassign-count")));
        browser.click(By.id("reassign-form:confirm-reassign"));
        assertTrue(browser.text(By.id("reassign-reason-error")).startsWith("Say why the cases are reassigned"));
        browser.click(By.id("reassign-form:reassign-to"));
        browser.click(By.xpath("//li[contains(@class,'ui-selectonemenu-item') and text()='Riley Reviewer']"));
        browser.type(By.id("reassign-form:reassign-reason"), "Riley knows this registry's files");
        browser.screenshot("supervisor-reassign");
        browser.click(By.id("reassign-form:confirm-reassign"));
        browser.waitForText(By.id("queues:messages"), "2 cases reassigned to Riley Reviewer");
        assertFalse(browser.isShown(By.linkText(filed.getLast())), "they left the unassigned queue");

        browser.click(By.cssSelector(".rd-queue-all_open"));
        StaffScreens.newestFirst(browser);
        browser.click(By.linkText(filed.getLast()));
        assertEquals("Riley Reviewer", browser.text(By.id("case-reviewer")));
        assertTrue(browser.text(By.id("audit-table")).contains("Reason: Riley knows this registry's files"));
        Eventually.await(
                "the reviewer's mail",
                () -> subjectsTo("riley.reviewer@example.org"),
                subjects -> subjects.contains("Review Desk: 2 cases assigned to you"));
    }

    /** A case a new registry filed for the submitter, claimed by the reviewer, whose browser is on its case page. */
    private String claimedCase(String registryName) {
        ApiFiling registry = ApiFiling.issuedBy(
                browser, registryName + " " + UUID.randomUUID().toString().substring(0, 6));
        return StaffScreens.claimedByTheReviewer(browser, () -> fileFor(registry, "ws-"));
    }

    /** Files the reviewer's-day request (a submission issue, with the evidence attached) through the registry. */
    private static String fileFor(ApiFiling registry, String keyPrefix) {
        return registry.file(
                keyPrefix + UUID.randomUUID(),
                "SUBMISSION",
                SUBMITTER_EMAIL,
                EVIDENCE,
                "Our file carried the TIN of the clinician's former practice.");
    }

    /** A case filed for the reviewer on a 20-second documentation clock, open with the documentation request box. */
    private String openOwnCaseOnAShortClock(String registryName) {
        ServerProperties.set(management, PERIOD, "PT20S");
        ApiFiling registry = ApiFiling.issuedBy(
                browser, registryName + " " + UUID.randomUUID().toString().substring(0, 6));
        String displayId = StaffScreens.claimedByTheReviewer(
                browser,
                () -> registry.file(
                        "lapse-" + UUID.randomUUID(), "GENERAL", SUBMITTER_EMAIL, EVIDENCE, "Please check our score."));
        browser.click(By.id("case:request-documentation"));
        return displayId;
    }

    /** The case's status once the lapse decided it, reloading the page as a reviewer does. */
    private String awaitAutomaticDenial() {
        return Eventually.await(
                "the automatic denial",
                () -> {
                    browser.open(browser.currentPath().replaceFirst("^/", ""));
                    return browser.text(By.id("case-status"));
                },
                "Denied"::equals);
    }

    private List<String> subjectsTo(String recipient) {
        return Mailboxes.to(smtp, recipient).stream()
                .map(mail -> {
                    try {
                        return mail.getSubject();
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String pdfText(Browser.Download pdf) {
        assertEquals(200, pdf.status());
        try {
            return PortalIT.textOf(pdf.body());
        } catch (IOException | org.apache.tika.exception.TikaException e) {
            throw new AssertionError("The PDF could not be read", e);
        }
    }

    /** The raw body as it travelled (this JVM has no activation provider to decode it further; the text is plain). */
    private static String bodyOf(MimeMessage mail) {
        return GreenMailUtil.getBody(mail);
    }
}
