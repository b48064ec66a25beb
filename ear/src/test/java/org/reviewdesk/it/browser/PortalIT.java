package org.reviewdesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.reviewdesk.it.Browser;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.it.TestFiling;
import org.reviewdesk.it.TestRequests;
import org.reviewdesk.security.DemoAccounts;

/**
 * A submitter files Targeted Review requests in headless Chromium, step by step as the
 * submitter guide shows them. The screenshots taken here illustrate docs/user-guide-submitter.md.
 */
class PortalIT extends BrowserTest {

    private static final String VALERIE_SHEA_NPI = "1158813992";
    private static final String PFEFFER_GROUP_TIN = "123459403";
    private static final Pattern DISPLAY_ID = Pattern.compile("(\\d{4}) TARGETED REVIEW ID: (\\d+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestDeployments.withSeeds(SubmittedRequestSeed.class, TestFiling.class, TestRequests.class);
    }

    @Test
    void anIndividualRequestGoesThroughEveryStepToSubmittedAndItsDetailsAndPdfShowWhatWasFiled() throws Exception {
        browser.signIn("submitter", DemoAccounts.PASSWORD);
        browser.find(By.id("window-banner"));
        assertTrue(
                browser.text(By.id("window-banner")).contains("window is open"), browser.text(By.id("window-banner")));
        browser.screenshot("portal-01-progress-summary");

        browser.click(By.cssSelector("[id='summary:add-new']"));
        browser.find(By.id("valid-reasons"));
        browser.screenshot("portal-02-valid-invalid-reasons");
        browser.click(By.cssSelector("[id='continue']"));

        // Step 4: a wrong NPI is refused with what to fix, then corrected.
        chooseApplicationType(0, "Clinician NPI");
        browser.type(By.id("editor:identifier"), "1234567890");
        browser.type(By.id("editor:title"), "PI reweighting for Dr. Shea");
        browser.click(By.id("editor:continue"));
        String refusal = browser.text(By.id("identifier-error"));
        assertTrue(refusal.contains("check digit"), refusal);
        browser.screenshot("portal-03-wrong-npi");
        browser.type(By.id("editor:identifier"), VALERIE_SHEA_NPI);
        continueTo("Details");

        // Step 5a: details pre-populated from the participation data.
        assertEquals("Valerie Shea", browser.text(By.id("details-name")));
        String heading = browser.text(By.id("request-heading"));
        assertTrue(DISPLAY_ID.matcher(heading).matches(), heading);
        assertEquals("✓ All changes saved", browser.text(By.id("save-state")));
        choosePractice("Pfeffer Group (TIN: *****9403)");
        browser.type(By.id("editor:ticket"), "CS0606124");
        browser.screenshot("portal-04-details");
        continueTo("Submitter");

        // Step 5b: the submitter.
        browser.type(By.id("editor:phone"), "(866) 288-8292");
        browser.type(By.id("editor:extension"), "12");
        browser.click(By.cssSelector("label[for='editor:relationship:5']"));
        browser.type(By.id("editor:relationship-other"), "Practice manager");
        browser.screenshot("portal-05-submitter");
        continueTo("Additional Staff Access");

        // Step 5c: additional access.
        browser.type(By.id("editor:access_input"), "office.colleague@example.org\n");
        browser.screenshot("portal-06-additional-access");
        continueTo("Performance Categories");

        // Back and forward keep what was entered.
        browser.click(By.id("editor:back"));
        browser.waitForText(By.id("step-heading"), "Additional Staff Access");
        assertTrue(browser.text(By.id("editor:access")).contains("office.colleague@example.org"));
        continueTo("Performance Categories");

        // Step 6: categories.
        browser.click(By.cssSelector("label[for='editor:categories:2']"));
        browser.screenshot("portal-07-categories");
        continueTo("Issue Type");

        // Step 7a: issue types and explanation.
        browser.click(By.cssSelector("label[for='editor:issue-types:1']"));
        browser.type(
                By.id("editor:explanation"),
                "Dr. Shea is hospital-based and qualified for automatic reweighting of"
                        + " Promoting Interoperability to 0%, but her 2025 feedback shows the category was scored.");
        browser.screenshot("portal-08-issue");
        continueTo("Supporting Documentation");

        // Step 7b: an attachment from the shared corpus, kept byte for byte.
        Path document = TestDeployments.sharedFile("corpus/documents/testPDF.pdf");
        browser.attach(By.id("editor:files_input"), document);
        browser.waitForText(By.id("editor:attached"), "testPDF.pdf");
        assertTrue(browser.text(By.id("editor:attached")).contains("PDF document"));
        browser.screenshot("portal-09-documents");
        String fileLink = browser.find(By.cssSelector("[id='editor:attached'] a.rd-file-name"))
                .getAttribute("href");
        Browser.Download file = browser.download(fileLink);
        assertEquals(200, file.status());
        assertArrayEquals(Files.readAllBytes(document), file.body());

        // Step 8: certify and submit.
        browser.click(By.id("editor:submit-for-review"));
        assertTrue(browser.waitForText(By.id("disclosure"), "Certification of Clinician")
                .contains("General Notice"));
        browser.screenshot("portal-10-certify");
        browser.click(By.id("certify-form:certify-submit"));

        String confirmation = browser.waitForText(By.id("summary:messages"), "was submitted");
        assertTrue(confirmation.contains(heading), confirmation);
        assertTrue(confirmation.contains("pat.submitter@example.org"), confirmation);
        By row = rowOf(heading);
        assertTrue(browser.text(row).contains("Submitted – In Review"), browser.text(row));
        assertTrue(browser.text(row).contains("NPI: " + VALERIE_SHEA_NPI));
        assertTrue(browser.text(row).contains("TIN: *****9403"));
        assertFalse(browser.text(row).contains(PFEFFER_GROUP_TIN), "the list shows the TIN masked");
        browser.screenshot("portal-11-submitted");

        // View details: everything filed.
        browser.click(By.cssSelector(css(row) + " [id$=':view']"));
        assertEquals("Valerie Shea", browser.text(By.id("detail-name")));
        assertTrue(browser.text(By.id("detail-practice")).contains("Pfeffer Group"));
        assertEquals("866-288-8292 ext. 12", browser.text(By.id("detail-phone")));
        assertEquals("Other: Practice manager", browser.text(By.id("detail-relationship")));
        assertEquals("office.colleague@example.org", browser.text(By.id("detail-access")));
        assertEquals("Promoting Interoperability", browser.text(By.id("detail-categories")));
        assertTrue(browser.text(By.id("detail-certification")).contains("Certified by submitter"));
        assertTrue(browser.text(By.id("files")).contains("testPDF.pdf"));
        browser.screenshot("portal-12-view-details");

        // Download PDF: a faithful copy.
        String pdfLink = browser.find(By.id("pdf")).getAttribute("href");
        Browser.Download pdf = browser.download(pdfLink);
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        String pdfText = textOf(pdf.body());
        assertTrue(pdfText.contains(heading), pdfText);
        assertTrue(pdfText.contains("PI reweighting for Dr. Shea"), pdfText);
        assertTrue(pdfText.contains("testPDF.pdf"), pdfText);
        assertFalse(pdfText.contains(PFEFFER_GROUP_TIN), "the PDF shows the TIN masked");
    }

    @Test
    void aSubmittedRequestIsRenamedWithThePencilAndWithdrawnForGoodAfterAWarning() {
        browser.signIn("submitter", DemoAccounts.PASSWORD);
        String id = Seeds.submittedRequest(browser);
        browser.open("submitter/home.xhtml");
        By row = By.id(browser.find(By.xpath(
                        "//div[starts-with(@id,'request-')][.//a[contains(@href,'/files/request/" + id + ".pdf')]]"))
                .getAttribute("id"));
        String heading = browser.text(By.cssSelector(css(row) + " .rd-request-id"));

        browser.click(By.cssSelector(css(row) + " [id$=':rename']"));
        browser.type(By.id("rename-form:new-title"), "Shea – PI hardship");
        browser.screenshot("portal-13-rename");
        browser.click(By.id("rename-form:save-name"));
        browser.waitForText(row, "Shea – PI hardship");

        browser.click(By.cssSelector(css(row) + " [id$=':withdraw']"));
        assertTrue(
                browser.waitForText(By.id("withdraw-warning"), "irreversible").contains(heading));
        browser.screenshot("portal-14-withdraw");
        browser.click(By.id("withdraw-form:confirm-withdraw"));
        browser.waitForText(row, "Withdrawn");
        assertFalse(
                browser.isShown(By.cssSelector(css(row) + " [id$=':withdraw']")),
                "a withdrawn request cannot be withdrawn again");
        assertFalse(
                browser.isShown(By.cssSelector(css(row) + " [id$=':rename']")),
                "a withdrawn request cannot be renamed");
    }

    @Test
    void aGroupDraftIsSavedResumedAfterSigningOutAndInThenSubmitted() {
        browser.signIn("submitter", DemoAccounts.PASSWORD);
        startRequest(1, "Group TIN", "12-345-9403");
        assertEquals("Pfeffer Group", browser.text(By.id("details-name")));
        String heading = browser.text(By.id("request-heading"));
        continueTo("Submitter");

        browser.type(By.id("editor:phone"), "866-288-8292");
        browser.click(By.cssSelector("label[for='editor:relationship:2']"));
        browser.click(By.id("editor:save-close"));

        String saved = browser.waitForText(By.id("summary:messages"), "saved as a draft");
        assertTrue(saved.contains(heading), saved);
        assertTrue(browser.text(rowOf(heading)).contains("Draft in Progress"));
        browser.signOut();

        browser.signIn("submitter", DemoAccounts.PASSWORD);
        browser.click(By.cssSelector(css(rowOf(heading)) + " [id$=':continue']"));
        assertEquals("Step 5: Submission Information – Submitter", browser.text(By.id("step-heading")));
        assertEquals("866-288-8292", browser.find(By.id("editor:phone")).getAttribute("value"));
        browser.screenshot("portal-15-draft-resumed");
        continueTo("Additional Staff Access");
        continueTo("Performance Categories");

        browser.click(By.cssSelector("label[for='editor:categories:0']"));
        continueTo("Issue Type");
        browser.click(By.cssSelector("label[for='editor:issue-types:0']"));
        browser.type(By.id("editor:explanation"), "Our vendor submitted our group's file under the wrong TIN.");
        continueTo("Supporting Documentation");

        browser.click(By.id("editor:submit-for-review"));
        browser.waitForText(By.id("disclosure"), "Certification of Clinician");
        browser.click(By.id("certify-form:certify-submit"));
        browser.waitForText(By.id("summary:messages"), "was submitted");
        assertTrue(browser.text(rowOf(heading)).contains("Submitted – In Review"));
        assertTrue(browser.text(rowOf(heading)).contains("Pfeffer Group (Group)"));
    }

    @Test
    void anIncompleteDraftListsWhatIsMissingInsteadOfTheCertification() {
        browser.signIn("submitter", DemoAccounts.PASSWORD);
        startRequest(2, "Virtual Group ID", "vg123456");
        assertTrue(browser.isShown(By.id("editor:lookup-miss")), "an unknown virtual group is shown as a lookup miss");

        continueTo("Submitter");
        continueTo("Additional Staff Access");
        continueTo("Performance Categories");
        continueTo("Issue Type");
        continueTo("Supporting Documentation");
        browser.click(By.id("editor:submit-for-review"));

        String missing = browser.waitForText(By.id("certify-problems"), "Phone number");
        assertTrue(missing.contains("Performance Categories"), missing);
        assertTrue(missing.contains("Detailed Explanation"), missing);
        assertFalse(browser.isShown(By.id("certify-form:certify-submit")));
    }

    @Test
    void anotherSubmitterFindsNothingAtTheRequestsAddressesAndDownloads() throws IOException {
        browser.signIn("submitter", DemoAccounts.PASSWORD);
        startRequest(0, "Clinician NPI", VALERIE_SHEA_NPI);
        continueTo("Submitter");
        continueTo("Additional Staff Access");
        continueTo("Performance Categories");
        continueTo("Issue Type");
        continueTo("Supporting Documentation");
        browser.attach(By.id("editor:files_input"), TestDeployments.sharedFile("corpus/documents/testPDF.pdf"));
        browser.waitForText(By.id("editor:attached"), "testPDF.pdf");
        String id = browser.currentPath().replaceAll(".*[?&]id=(\\d+).*", "$1");
        String fileLink = browser.find(By.cssSelector("[id='editor:attached'] a.rd-file-name"))
                .getAttribute("href");
        By itsRow = By.cssSelector("[id='summary:requests'] a[href$='/files/request/" + id + ".pdf']");
        browser.open("submitter/home.xhtml");
        assertTrue(browser.isShown(itsRow), "its submitter's summary lists the draft");
        browser.signOut();

        browser.signIn("submitter2", DemoAccounts.PASSWORD);
        browser.find(By.id("home-heading"));
        browser.find(By.id("summary:requests"));
        // Its own row, found by its download link: other tests on this server may share their requests with submitter2.
        assertFalse(browser.isShown(itsRow), "another submitter's summary lists the draft");
        for (String page : new String[] {"submitter/request.xhtml?id=" + id, "submitter/edit.xhtml?id=" + id}) {
            browser.open(page);
            assertEquals("There is nothing here", browser.text(By.id("not-found-heading")), page);
        }
        assertEquals(
                404,
                browser.download(browser.url("files/request/" + id + ".pdf")).status());
        assertEquals(404, browser.download(fileLink).status());
        assertEquals(
                404,
                browser.download(browser.url("files/request/999999999.pdf")).status());
    }

    @Test
    void aRequestSharedWithAColleaguesAddressShowsInTheirSummaryToReadButNotToChange() {
        String heading = groupDraftAtTheSubmitterStep();
        continueTo("Additional Staff Access");
        browser.type(By.id("editor:access_input"), "Sam.Second@example.org\n");
        browser.click(By.id("editor:save-close"));
        browser.waitForText(By.id("summary:messages"), "saved as a draft");
        browser.signOut();

        browser.signIn("submitter2", DemoAccounts.PASSWORD);
        String shared = browser.text(rowOf(heading));
        assertTrue(shared.contains("Shared with you by the submitter submitter"), shared);
        assertTrue(shared.contains("TIN: *****9403"), shared);
        for (String action : new String[] {"continue", "rename", "withdraw"}) {
            assertFalse(browser.isShown(By.cssSelector(css(rowOf(heading)) + " [id$=':" + action + "']")), action);
        }
        browser.click(By.cssSelector(css(rowOf(heading)) + " [id$=':view']"));
        assertEquals("Pfeffer Group", browser.text(By.id("detail-name")));
        assertFalse(browser.isShown(By.id("continue")), "only the submitter edits the draft");
    }

    @Test
    void saveKeepsEveryValidFieldOfAStepAndTheIndicatorSaysWhatWasNotSaved() {
        String heading = groupDraftAtTheSubmitterStep();
        String editor = browser.currentPath().replaceFirst("^/", "");

        // Typing: the indicator says so at once, and leaving now would ask first.
        browser.type(By.id("editor:phone"), "866-288-8292");
        assertEquals("Unsaved changes", browser.text(By.id("save-state")));
        assertTrue(browser.leavingAsksFirst(), "leaving a step with unsaved typing warns");

        // A phone number without a relationship yet: Save & Close keeps it.
        browser.click(By.id("editor:save-close"));
        assertTrue(browser.waitForText(By.id("summary:messages"), "saved as a draft")
                .contains(heading));
        browser.open(editor);
        assertEquals("866-288-8292", browser.find(By.id("editor:phone")).getAttribute("value"));
        assertEquals("\u2713 All changes saved", browser.text(By.id("save-state")));
        assertFalse(browser.leavingAsksFirst(), "nothing unsaved, nothing to ask");

        // A wrong extension is refused with its phone number, and said so, while the relationship beside them is kept.
        browser.type(By.id("editor:phone"), "202-555-0123");
        browser.type(By.id("editor:extension"), "12x");
        browser.click(By.cssSelector("label[for='editor:relationship:2']"));
        browser.click(By.id("editor:save"));
        String state = browser.text(By.id("save-state"));
        assertTrue(state.startsWith("Not saved: Ext.: An extension is 1 to 6 digits"), state);
        assertTrue(browser.text(By.id("extension-error")).contains("1 to 6 digits"));
        assertEquals(
                "12x",
                browser.find(By.id("editor:extension")).getAttribute("value"),
                "what was refused stays as typed");
        assertTrue(browser.leavingAsksFirst(), "what was refused is not saved, so leaving warns");

        try (Browser other = new Browser(base)) {
            other.signIn("submitter", DemoAccounts.PASSWORD);
            other.open(editor);
            assertEquals("Step 5: Submission Information – Submitter", other.text(By.id("step-heading")));
            assertEquals(
                    "866-288-8292",
                    other.find(By.id("editor:phone")).getAttribute("value"),
                    "a phone number with a refused extension is not saved with another extension");
            assertTrue(other.isSelected(By.id("editor:relationship:2")), "the relationship beside it is saved");
        }

        // Fixed, everything is saved, and the indicator says so.
        browser.type(By.id("editor:extension"), "12");
        browser.click(By.id("editor:save"));
        assertEquals("\u2713 All changes saved", browser.text(By.id("save-state")));
        assertFalse(browser.leavingAsksFirst());
    }

    @Test
    void aNonNumericOrUnknownIdInAnyPageAddressGivesTheNotFoundPage() {
        String[] ids = {"abc", "1e3", "-1", "99999999999999999999", "999999999"};
        browser.signIn("submitter", DemoAccounts.PASSWORD);
        browser.find(By.id("home-heading"));
        for (String page : new String[] {"submitter/edit.xhtml", "submitter/request.xhtml"}) {
            for (String id : ids) {
                assertNotFound(page + "?id=" + id);
            }
        }
        browser.signOut();
        browser.signIn("reviewer", DemoAccounts.PASSWORD);
        browser.find(By.id("queue-tabs"));
        for (String id : ids) {
            assertNotFound("reviewer/case.xhtml?id=" + id);
        }
        assertNotFound("reviewer/case.xhtml");
    }

    private void assertNotFound(String page) {
        Browser.Download answer = browser.download(browser.url(page));
        String body = new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(404, answer.status(), page + ": " + body);
        assertFalse(
                body.matches("(?s).*(Exception: |\\sat [\\w.$]+\\(|Caused by).*"),
                "no stack trace: " + page + ": " + body);
        browser.open(page);
        assertEquals("There is nothing here", browser.text(By.id("not-found-heading")), page);
    }

    /** The submitter signs in and starts a request for Pfeffer Group, up to step 5b; returns its heading. */
    private String groupDraftAtTheSubmitterStep() {
        browser.signIn("submitter", DemoAccounts.PASSWORD);
        startRequest(1, "Group TIN", PFEFFER_GROUP_TIN);
        String heading = browser.text(By.id("request-heading"));
        continueTo("Submitter");
        return heading;
    }

    /** Saves the step and waits for the next one, as a person waits to see it. */
    private void continueTo(String stepHeading) {
        browser.click(By.id("editor:continue"));
        browser.waitForText(By.id("step-heading"), stepHeading);
    }

    /** From the progress summary through the reasons page to step 5a of a new request. */
    private void startRequest(int applicationType, String identifierLabel, String identifier) {
        browser.click(By.cssSelector("[id='summary:add-new']"));
        browser.click(By.cssSelector("[id='continue']"));
        chooseApplicationType(applicationType, identifierLabel);
        browser.type(By.id("editor:identifier"), identifier);
        continueTo("Details");
    }

    private void chooseApplicationType(int index, String identifierLabel) {
        browser.click(By.cssSelector("label[for='editor:type:" + index + "']"));
        browser.waitForText(By.cssSelector("label[for='editor:identifier']"), identifierLabel);
    }

    private void choosePractice(String label) {
        browser.click(By.id("editor:practice"));
        browser.click(By.cssSelector("[id='editor:practice_items'] li[data-label='" + label + "']"));
    }

    /** The row of a request in the progress summary, by its "2025 TARGETED REVIEW ID: 7". */
    private static By rowOf(String displayId) {
        Matcher id = DISPLAY_ID.matcher(displayId);
        assertTrue(id.matches(), displayId);
        return By.id("request-" + id.group(1) + "-" + id.group(2));
    }

    private static String css(By byId) {
        return "#" + byId.toString().replace("By.id: ", "");
    }

    static String textOf(byte[] pdf) throws IOException, TikaException {
        return new Tika().parseToString(new ByteArrayInputStream(pdf)).replaceAll("\\s+", " ");
    }
}
