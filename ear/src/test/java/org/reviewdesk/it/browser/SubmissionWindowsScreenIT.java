package org.reviewdesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.reviewdesk.it.Browser;
import org.reviewdesk.it.CaughtMail;
import org.reviewdesk.it.Eventually;
import org.reviewdesk.it.Mailboxes;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.it.TestRequests;
import org.reviewdesk.security.DemoAccounts;

/**
 * A supervisor creates a performance year's window and extends the open one on the windows screen; bad dates are
 * refused naming the field; the submitter's banner shows the new close, and the submitter, who has a draft of that
 * year, is told by e-mail. The screenshot illustrates docs/user-guide-supervisor.md.
 */
class SubmissionWindowsScreenIT extends BrowserTest {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final String SUBMITTER_EMAIL = "pat.submitter@example.org";

    @RegisterExtension
    final CaughtMail smtp = new CaughtMail();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestDeployments.shipped();
    }

    @Test
    void aSupervisorCreatesAWindowAndExtendsTheOpenOneAndTheSubmittersBannerAndMailFollow() throws Exception {
        browser.signIn("submitter", DemoAccounts.PASSWORD);
        int year = Integer.parseInt(browser.text(By.id("summary-heading")).substring(0, 4));
        startDraft();
        browser.open("submitter/home.xhtml");
        String bannerBefore = browser.text(By.id("window-banner"));
        browser.signOut();

        browser.signIn("supervisor", DemoAccounts.PASSWORD);
        browser.open("supervisor/home.xhtml");
        browser.click(By.id("to-windows"));
        assertTrue(row(2020).contains("November 29, 2021 at 8 PM ET"), "PY2020's extension: " + row(2020));
        assertTrue(row(2020).contains("Closed"), row(2020));
        assertTrue(row(year).contains("Open"), row(year));

        // A window that would close before it opens is refused, naming the field and the fix; nothing is created.
        int newYear = firstYearWithoutAWindow(year + 1);
        browser.type(By.id("create:year"), String.valueOf(newYear));
        browser.type(By.id("create:release"), (newYear + 1) + "-08-02");
        browser.type(By.id("create:closing"), (newYear + 1) + "-07-01");
        browser.type(By.id("create:reason"), "CMS announced the release date");
        browser.click(By.id("create:create-window"));
        String refused = browser.waitForText(By.id("closing-error"), "choose a later day");
        assertTrue(refused.contains("must close after it opens on August 2, " + (newYear + 1)), refused);
        assertTrue(yearsShown().stream().noneMatch(shown -> shown == newYear), "nothing half-written");

        // Without a closing day it closes 60 days after release at 8 PM Eastern; it is upcoming.
        browser.type(By.id("create:closing"), "");
        browser.click(By.id("create:create-window"));
        browser.waitForText(By.id("messages"), "window is created");
        assertTrue(row(newYear).contains("August 2, " + (newYear + 1)), row(newYear));
        assertTrue(row(newYear).contains("October 1, " + (newYear + 1) + " at 8 PM ET"), row(newYear));
        assertTrue(row(newYear).contains("Upcoming"), row(newYear));

        // Before it opens it is corrected (the release moved a week); its closing day follows unless one is typed.
        browser.click(By.xpath(rowXpath(newYear) + "//button[contains(@id,'correct')]"));
        browser.type(By.id("change-form:change-release"), (newYear + 1) + "-08-09");
        browser.type(By.id("change-form:change-closing"), "");
        browser.type(By.id("change-form:change-reason"), "CMS moved the release by a week");
        browser.click(By.id("change-form:save"));
        browser.waitForText(By.id("messages"), "window now opens on August 9, " + (newYear + 1));
        assertTrue(row(newYear).contains("October 8, " + (newYear + 1) + " at 8 PM ET"), row(newYear));

        // Two supervisors correct it at once: the second to save is told to reload, and nothing of theirs is kept.
        browser.click(By.xpath(rowXpath(newYear) + "//button[contains(@id,'correct')]"));
        try (Browser other = new Browser(base)) {
            other.signIn("supervisor", DemoAccounts.PASSWORD);
            other.open("supervisor/windows.xhtml");
            other.click(By.xpath(rowXpath(newYear) + "//button[contains(@id,'correct')]"));
            other.type(By.id("change-form:change-closing"), (newYear + 1) + "-10-20");
            other.type(By.id("change-form:change-reason"), "Longer window agreed");
            other.click(By.id("change-form:save"));
            other.waitForText(By.id("messages"), "closes on October 20, " + (newYear + 1));
        }
        browser.type(By.id("change-form:change-closing"), (newYear + 1) + "-10-15");
        browser.type(By.id("change-form:change-reason"), "Overlapping change");
        browser.click(By.id("change-form:save"));
        String stale = browser.waitForText(By.id("window-error"), "reload the page");
        assertTrue(stale.contains("Someone changed the " + newYear + " window while you were editing it"), stale);
        browser.open("supervisor/windows.xhtml");
        assertTrue(
                row(newYear).contains("October 20, " + (newYear + 1) + " at 8 PM ET"),
                "the other's change stands: " + row(newYear));

        // An extension earlier than the current close is refused; a later one is kept.
        LocalDate currentClose = LocalDate.parse(closeOf(year), SHOWN);
        browser.click(By.xpath(rowXpath(year) + "//button[contains(@id,'extend')]"));
        browser.type(
                By.id("change-form:extended-until"), currentClose.minusDays(1).toString());
        browser.type(By.id("change-form:change-reason"), "CMS extended the deadline");
        browser.click(By.id("change-form:save"));
        assertTrue(
                browser.waitForText(By.id("extended-until-error"), "choose a later day")
                        .contains("after the window's current close"),
                browser.text(By.id("extended-until-error")));
        LocalDate extended = currentClose.plusDays(14);
        browser.type(By.id("change-form:extended-until"), extended.toString());
        browser.click(By.id("change-form:save"));
        browser.waitForText(By.id("messages"), "are told by e-mail");
        assertFalse(browser.isShown(By.id("change-form")), "the change panel closes once the window is extended");
        String newClose = extended.format(SHOWN) + " at 8 PM ET";
        assertTrue(row(year).contains(newClose), row(year));

        String history = browser.text(By.id("changes"));
        assertTrue(
                history.contains("Extended from " + currentClose.format(SHOWN) + " at 8 PM ET to " + newClose),
                history);
        assertTrue(history.contains("CMS extended the deadline"), history);
        assertTrue(history.contains("Morgan Supervisor"), history);
        assertTrue(history.contains("Created: opening August 2, " + (newYear + 1)), history);
        assertTrue(history.contains("Corrected from opening August 2, " + (newYear + 1)), history);
        assertTrue(history.contains("CMS moved the release by a week"), history);
        assertEquals(List.of(), Axe.seriousOrCriticalViolations(browser), "axe on the windows screen");
        browser.script("window.scrollTo(0, 0);");
        browser.screenshot("supervisor-windows");
        browser.signOut();

        browser.signIn("submitter", DemoAccounts.PASSWORD);
        String bannerAfter = browser.text(By.id("window-banner"));
        assertTrue(bannerAfter.contains("by " + newClose + " (extended)"), bannerAfter);
        assertFalse(bannerBefore.contains(newClose), bannerBefore);

        String subject = "Review Desk: The " + year + " Targeted Review window is extended to " + newClose;
        MimeMessage mail = Eventually.await(
                        "the extension notice to the submitter",
                        () -> Mailboxes.to(smtp, SUBMITTER_EMAIL).stream()
                                .filter(m -> subjectOf(m).equals(subject))
                                .toList(),
                        found -> !found.isEmpty())
                .getFirst();
        assertTrue(
                GreenMailUtil.getBody(mail).contains("You can now submit requests until " + newClose),
                GreenMailUtil.getBody(mail));
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A draft of the current year: step 4 with a known clinician saves it. */
    private void startDraft() {
        browser.click(By.cssSelector("[id='summary:add-new']"));
        browser.click(By.id("continue"));
        browser.click(By.cssSelector("label[for='editor:type:0']"));
        browser.waitForText(By.cssSelector("label[for='editor:identifier']"), "Clinician NPI");
        browser.type(By.id("editor:identifier"), TestRequests.CLINICIAN_NPI);
        browser.click(By.id("editor:continue"));
        browser.waitForText(By.id("save-state"), "All changes saved");
    }

    private int firstYearWithoutAWindow(int from) {
        Set<Integer> taken = Set.copyOf(yearsShown());
        int year = from;
        while (taken.contains(year)) {
            year++;
        }
        return year;
    }

    private List<Integer> yearsShown() {
        return browser.find(By.id("windows:list")).findElements(By.cssSelector(".rd-window-year-cell")).stream()
                .map(WebElement::getText)
                .map(Integer::parseInt)
                .collect(Collectors.toList());
    }

    private static String rowXpath(int year) {
        return "//tr[contains(@class,'rd-window-row')][.//span[@class='rd-window-year-cell'][text()='" + year + "']]";
    }

    private String row(int year) {
        return browser.text(By.xpath(rowXpath(year)));
    }

    /** The day the window closes now, extension included, as the list shows it. */
    private String closeOf(int year) {
        String extension = browser.text(By.xpath(rowXpath(year) + "//span[@class='rd-window-extension']"));
        String shown = extension.equals("—") ? browser.text(By.xpath(rowXpath(year) + "/td[3]")) : extension;
        return shown.replace(" at 8 PM ET", "");
    }
}
