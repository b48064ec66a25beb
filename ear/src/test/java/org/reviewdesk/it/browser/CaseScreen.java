package org.reviewdesk.it.browser;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.reviewdesk.it.Browser;

/**
 * The reviewer's case page (reviewer/case.xhtml) as a person uses it: the conversation, documentation requests and
 * the decision with its confirmation step. The browser is on the case page, signed in as staff.
 */
final class CaseScreen {

    private final Browser browser;

    CaseScreen(Browser browser) {
        this.browser = browser;
    }

    /** A comment to the submitter's side, once it shows in the thread. */
    void comment(String text) {
        browser.type(By.id("conversation:comment-body"), text);
        browser.click(By.id("conversation:send-comment"));
        browser.waitForText(By.id("thread"), text.substring(0, Math.min(20, text.length())));
    }

    /** An internal note with a file; returns the address of the note's file. */
    String internalNote(String text, Path file) {
        browser.type(By.id("conversation:comment-body"), text);
        browser.attach(By.cssSelector("#conversation\\:comment-files input[type=file]"), file);
        browser.waitForText(By.id("pending-files"), file.getFileName().toString());
        browser.click(By.cssSelector("#conversation\\:comment-internal .ui-chkbox-box"));
        browser.click(By.id("conversation:send-comment"));
        // Waited for by its file: the note's text shows its @mentions marked, not as typed.
        browser.waitForText(
                By.cssSelector(".rd-internal-note"), file.getFileName().toString());
        return browser.find(By.xpath(
                        "//article[contains(@class,'rd-internal-note')]//a[contains(@href,'files/attachment')]"))
                .getAttribute("href");
    }

    /** Asks for documentation; returns what the documentation clock then says. */
    String requestDocumentation(String whatIsNeeded) {
        browser.click(By.id("case:request-documentation"));
        browser.type(By.id("documentation-form:what-is-needed"), whatIsNeeded);
        browser.click(By.id("documentation-form:send-documentation-request"));
        return browser.waitForText(By.id("documentation-clock"), "Waiting on the submitter");
    }

    /** Opens the decision dialog. */
    void startDecision() {
        browser.click(By.id("case:decide"));
    }

    void chooseReason(String label) {
        browser.click(By.id("decision-form:decision-reason"));
        browser.click(By.xpath("//li[contains(@class,'ui-selectonemenu-item') and text()='" + label + "']"));
    }

    void writeNarrative(String narrative) {
        browser.type(By.id("decision-form:decision-narrative"), narrative);
    }

    /** "Review decision…": the confirmation step, or the dialog's errors. */
    void reviewDecision() {
        browser.click(By.id("decision-form:review-decision"));
    }

    /** Confirms the reviewed decision; returns the case's status once it shows this one. */
    String confirmDecision(String expectedStatus) {
        browser.click(By.id("decision-form:confirm-decision"));
        return browser.waitForText(By.id("case-status"), expectedStatus);
    }

    String auditTrail() {
        return browser.text(By.id("audit-table"));
    }
}
