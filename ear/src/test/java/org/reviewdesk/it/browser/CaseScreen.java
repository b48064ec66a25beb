package org.reviewdesk.it.browser;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.reviewdesk.it.Browser;

/**
 * The staff case page (reviewer/case.xhtml) as a reviewer or a supervisor uses it: the conversation, the
 * documentation request and the decision with its confirmation step. The browser is on the case page, signed in as
 * staff; each step waits for what the person waits for before going on.
 */
final class CaseScreen {

    /** The outcome buttons of the decision dialog, in their order on the page. */
    enum Outcome {
        APPROVE,
        DENY;

        private By button() {
            return By.cssSelector("#decision-form\\:decision-outcome .ui-button:nth-child(" + (ordinal() + 1) + ")");
        }
    }

    private final Browser browser;

    CaseScreen(Browser browser) {
        this.browser = browser;
    }

    /** A comment to the submitter's side, sent once the thread shows {@code shown}. */
    void comment(String text, String shown) {
        browser.type(By.id("conversation:comment-body"), text);
        browser.click(By.id("conversation:send-comment"));
        browser.waitForText(By.id("thread"), shown);
    }

    /** An internal note with a file, sent once a note shows {@code shown}; returns the address of the note's file. */
    String internalNote(String text, Path file, String shown) {
        browser.type(By.id("conversation:comment-body"), text);
        browser.attach(By.cssSelector("#conversation\\:comment-files input[type=file]"), file);
        browser.waitForText(By.id("pending-files"), file.getFileName().toString());
        browser.click(By.cssSelector("#conversation\\:comment-internal .ui-chkbox-box"));
        browser.click(By.id("conversation:send-comment"));
        browser.waitForText(By.cssSelector(".rd-internal-note"), shown);
        return browser.find(By.xpath(
                        "//article[contains(@class,'rd-internal-note')]//a[contains(@href,'files/attachment')]"))
                .getAttribute("href");
    }

    /** Asks the submitter for documentation; returns what the documentation clock says once it shows {@code shown}. */
    String requestDocumentation(String whatIsNeeded, String shown) {
        browser.click(By.id("case:request-documentation"));
        browser.type(By.id("documentation-form:what-is-needed"), whatIsNeeded);
        browser.click(By.id("documentation-form:send-documentation-request"));
        return browser.waitForText(By.id("documentation-clock"), shown);
    }

    /** Opens the decision dialog. */
    void startDecision() {
        browser.click(By.id("case:decide"));
    }

    void chooseOutcome(Outcome outcome) {
        browser.click(outcome.button());
    }

    /** The outcome the dialog has chosen now. */
    String chosenOutcome() {
        return browser.text(By.cssSelector("#decision-form\\:decision-outcome .ui-button.ui-state-active"));
    }

    void chooseReason(String label) {
        browser.click(By.id("decision-form:decision-reason"));
        browser.click(By.xpath("//li[contains(@class,'ui-selectonemenu-item') and text()='" + label + "']"));
    }

    void writeNarrative(String narrative) {
        browser.type(By.id("decision-form:decision-narrative"), narrative);
    }

    /** "Review decision": the confirmation step, or the dialog's errors. */
    void reviewDecision() {
        browser.click(By.id("decision-form:review-decision"));
    }

    /**
     * The whole dialog up to the confirmation step: opened, the outcome, reason and narrative chosen, reviewed;
     * returns the summary the confirmation step shows.
     */
    String decide(Outcome outcome, String reason, String narrative) {
        startDecision();
        chooseOutcome(outcome);
        chooseReason(reason);
        writeNarrative(narrative);
        reviewDecision();
        return browser.text(By.id("decision-summary"));
    }

    /** Confirms the reviewed decision, without waiting for what the page then shows. */
    void confirm() {
        browser.click(By.id("decision-form:confirm-decision"));
    }

    /** Confirms the reviewed decision; returns the case's status once it shows {@code status}. */
    String confirm(String status) {
        confirm();
        return browser.waitForText(By.id("case-status"), status);
    }

    String auditTrail() {
        return browser.text(By.id("audit-table"));
    }
}
