package org.reviewdesk.it.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.reviewdesk.it.Browser;

/**
 * The submitter's request page (submitter/request.xhtml) as a person uses it: reached from the progress summary, its
 * thread, replying with a file. The browser is signed in as the submitter.
 */
final class PortalRequestScreen {

    private final Browser browser;

    private PortalRequestScreen(Browser browser) {
        this.browser = browser;
    }

    /**
     * A request submitted through intake for the signed-in submitter, by the deployment's {@link SubmittedRequestSeed};
     * returns its id.
     */
    static String seedSubmittedRequest(Browser browser) {
        return new String(
                        browser.download(browser.url("test-seed/submitted-request"))
                                .body(),
                        StandardCharsets.UTF_8)
                .trim();
    }

    /** From the progress summary, the request's View details. */
    static PortalRequestScreen openFromTheSummary(Browser browser, String displayId) {
        String year = displayId.substring(0, 4);
        String number = displayId.substring(displayId.lastIndexOf(' ') + 1);
        browser.click(By.xpath("//div[@id='request-" + year + "-" + number + "']//a[contains(@href,'request.xhtml')]"));
        return new PortalRequestScreen(browser);
    }

    String thread() {
        return browser.find(By.id("thread")).getText();
    }

    String page() {
        return browser.find(By.tagName("body")).getText();
    }

    /** The request's id, from the page's address. */
    String requestId() {
        return browser.currentPath().replaceAll(".*[?&]id=(\\d+).*", "$1");
    }

    /** Starts a reply to the first comment of the thread; returns what the composer's heading then says. */
    String startReply() {
        browser.click(By.cssSelector("#thread .rd-reply"));
        return browser.text(By.id("conversation:composer-heading"));
    }

    /** Sends the comment being written with a file; returns the thread once it shows a reply. */
    String sendWithFile(String text, Path file) {
        browser.type(By.id("conversation:comment-body"), text);
        browser.attach(By.cssSelector("#conversation\\:comment-files input[type=file]"), file);
        browser.waitForText(By.id("pending-files"), file.getFileName().toString());
        browser.click(By.id("conversation:send-comment"));
        try {
            return browser.waitForText(By.id("thread"), "in reply to");
        } catch (org.openqa.selenium.TimeoutException notPosted) {
            // Seen once in a full run on PostgreSQL: say what the composer showed instead of the reply.
            throw new AssertionError(
                    "The reply did not show; the composer says: " + browser.text(By.id("conversation")), notPosted);
        }
    }
}
