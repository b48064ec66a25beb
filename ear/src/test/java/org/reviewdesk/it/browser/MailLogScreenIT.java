package org.reviewdesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.reviewdesk.it.AccountScreens;
import org.reviewdesk.it.CaughtMail;
import org.reviewdesk.it.Eventually;
import org.reviewdesk.it.Mailboxes;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.security.DemoAccounts;

/**
 * The administrator's mail log in a real browser, with real mail (issue 13 §4): a password-reset link the administrator
 * sends is in the log, found by its recipient and its state, and read there as it was sent, except the one-time link, which the log
 * does not keep. Both screens pass the axe-core WCAG 2.1 AA rules.
 */
class MailLogScreenIT extends BrowserTest {

    private static final String RECIPIENT = "sam.second@example.org";
    private static final String SUBJECT = "Review Desk: Choose a new password";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestDeployments.shipped();
    }

    @RegisterExtension
    final CaughtMail smtp = new CaughtMail();

    @Test
    void theAdministratorReadsAMailInTheLogAsItWasSentWithoutItsOneTimeLink() {
        browser.signIn("admin", DemoAccounts.PASSWORD);
        browser.find(By.id("home-heading"));
        browser.open("admin/account.xhtml?user=submitter2");
        browser.click(By.id("manage:send-reset"));
        browser.waitForText(By.id("manage:messages"), "is on its way to " + RECIPIENT);
        MimeMessage delivered = Eventually.await(
                        "the reset mail", () -> Mailboxes.to(smtp, RECIPIENT), found -> !found.isEmpty())
                .getLast();
        String link = AccountScreens.linkIn(delivered);
        assertTrue(link.contains("set-password.xhtml?link="), "the mail itself carries the link: " + link);

        browser.open("admin/home.xhtml");
        browser.click(By.id("mail-log"));
        browser.find(By.id("mail-log-heading"));
        browser.type(By.id("mail-log:search"), RECIPIENT);
        String row = browser.waitForText(By.cssSelector(".rd-mail-row"), SUBJECT);
        assertTrue(row.contains(RECIPIENT), row);
        filterBy("Dead");
        browser.waitForText(By.id("mail-log:list"), "No mail matches.");
        filterBy("Sent");
        row = browser.waitForText(By.cssSelector(".rd-mail-row"), SUBJECT);
        assertTrue(row.contains("Sent"), row);
        noAccessibilityViolations("mail log");
        browser.screenshot("admin-mail-log");

        browser.click(By.xpath("//tr[contains(@class,'rd-mail-row')][1]//a[contains(@class,'rd-mail-link')]"));
        assertEquals(SUBJECT, browser.text(By.id("mail-subject")));
        assertEquals(RECIPIENT, browser.text(By.id("mail-recipients")));
        assertEquals("No case (account mail)", browser.text(By.id("mail-request")));
        String body = browser.text(By.id("mail-body"));
        assertTrue(body.startsWith("Hello Sam Second,"), body);
        assertTrue(body.contains("(user name submitter2)"), body);
        assertTrue(body.contains("[one-time link: sent, but not kept in the mail log]"), body);
        assertFalse(body.contains("link="), "the log never shows a working link: " + body);
        assertFalse(body.contains(link.substring(link.indexOf("link=") + 5)), "nor its secret: " + body);
        assertFalse(browser.isShown(By.id("mail:resend")), "a mail with a one-time link is never resent");
        noAccessibilityViolations("mail");
        browser.screenshot("admin-mail");

        for (String page : new String[] {"admin/mail.xhtml?id=abc", "admin/mail.xhtml?id=999999999999"}) {
            browser.open(page);
            assertEquals("There is nothing here", browser.text(By.id("not-found-heading")), page);
        }
    }

    /** Picks a state in the State menu (PrimeFaces' selectOneMenu) and waits for the table to follow. */
    private void filterBy(String state) {
        browser.click(By.id("mail-log:state"));
        browser.click(By.cssSelector("#mail-log\\:state_panel li[data-label='" + state + "']"));
        browser.settle();
    }

    private void noAccessibilityViolations(String screen) {
        List<String> found = Axe.seriousOrCriticalViolations(browser);
        assertTrue(found.isEmpty(), screen + ": " + String.join("\n", found));
    }
}
