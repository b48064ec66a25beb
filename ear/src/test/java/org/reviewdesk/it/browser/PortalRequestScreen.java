package org.reviewdesk.it.browser;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.reviewdesk.it.Browser;

/**
 * The submitter's page of one request (submitter/request.xhtml), opened from the progress summary as a submitter
 * does: the thread, the composer's reply with a file, and the request's PDF. The browser is signed in as the
 * request's submitter.
 */
final class PortalRequestScreen {

    private final Browser browser;

    private PortalRequestScreen(Browser browser) {
        this.browser = browser;
    }

    /** From the progress summary, the View details of the request "2020 TARGETED REVIEW ID: 17". */
    static PortalRequestScreen openFromTheSummary(Browser browser, String displayId) {
        String year = displayId.substring(0, 4);
        String number = displayId.substring(displayId.lastIndexOf(' ') + 1);
        browser.click(By.xpath("//div[@id='request-" + year + "-" + number + "']//a[contains(@href,'request.xhtml')]"));
        return new PortalRequestScreen(browser);
    }

    /** The address of this request's PDF copy. */
    String pdfUrl() {
        return browser.url("files/request/" + browser.currentPath().replaceAll(".*[?&]id=(\\d+).*", "$1") + ".pdf");
    }

    /** Starts a reply to the thread's first comment; returns the composer's heading. */
    String startReply() {
        browser.click(By.cssSelector("#thread .rd-reply"));
        return browser.text(By.id("conversation:composer-heading"));
    }

    /** Sends the composer's text with a file; returns the thread once it shows {@code shown}. */
    String sendWithFile(String text, Path file, String shown) {
        browser.type(By.id("conversation:comment-body"), text);
        browser.attach(By.cssSelector("#conversation\\:comment-files input[type=file]"), file);
        browser.waitForText(By.id("pending-files"), file.getFileName().toString());
        browser.click(By.id("conversation:send-comment"));
        return browser.waitForText(By.id("thread"), shown);
    }
}
