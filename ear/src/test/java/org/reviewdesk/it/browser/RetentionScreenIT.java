package org.reviewdesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.security.DemoAccounts;

/**
 * The administrator's side of retention in the browser: a case's page shows the day it may be purged, a legal hold
 * is refused without a reason and placed with one (audited), the retention screen lists it with what the next run
 * will do, and "Run now" runs the purge and records the run. Every screen passes axe-core (WCAG 2.1 AA).
 */
class RetentionScreenIT extends BrowserTest {

    private static final Path EVIDENCE = TestDeployments.sharedFile("corpus/documents/testPDF.pdf");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestDeployments.shipped();
    }

    @Test
    void anAdministratorHoldsACaseSeesTheNextRunAndRunsItNow() {
        ApiFiling registry = ApiFiling.issuedBy(
                browser, "Retention Registry " + UUID.randomUUID().toString().substring(0, 6));
        String displayId = registry.file(
                "retention-" + UUID.randomUUID(),
                "GENERAL",
                "pat.submitter@example.org",
                EVIDENCE,
                "A case the retention screen test holds.");

        browser.signIn("admin", DemoAccounts.PASSWORD);
        browser.click(By.id("cases"));
        browser.click(By.cssSelector(".rd-queue-all_open"));
        StaffScreens.newestFirst(browser);
        browser.click(By.linkText(displayId));
        int year = Year.now().getValue() - 1;
        String purgeDay = browser.text(By.id("case-purge-day"));
        assertEquals(
                "Kept until December 31, " + (year + 6) + "; may be purged from January 1, " + (year + 7)
                        + ", once it is decided.",
                purgeDay);

        browser.click(By.id("retention-form:place-hold"));
        assertTrue(browser.waitForText(By.id("hold-reason-error"), "reason").contains("Enter the reason"));
        assertAccessible("case page, hold refused without a reason");
        String reason = "Litigation hold " + UUID.randomUUID().toString().substring(0, 8)
                + " asked by the Office of General Counsel";
        browser.type(By.id("retention-form:hold-reason"), reason);
        browser.click(By.id("retention-form:place-hold"));
        assertTrue(browser.waitForText(By.id("legal-hold"), reason).contains("On legal hold"));
        assertTrue(
                browser.waitForText(By.id("audit-table"), "Legal hold placed").contains(reason),
                "the hold is in the audit trail");
        assertAccessible("case page on legal hold");
        browser.screenshot("admin-case-legal-hold");

        browser.open("admin/home.xhtml");
        browser.click(By.id("retention"));
        browser.find(By.id("retention-heading"));
        assertTrue(browser.text(By.id("retention:holds")).contains(reason), "the screen lists the hold in force");
        Integer.parseInt(browser.text(By.id("count-purge_case")));
        assertAccessible("retention screen");
        browser.click(By.id("retention:run-now"));
        browser.find(By.cssSelector(".ui-confirmdialog-yes"));
        assertAccessible("retention screen, run confirmation");
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        assertTrue(browser.waitForText(By.id("retention:messages"), "The run finished")
                .contains("case(s)"));
        assertTrue(
                browser.text(By.id("retention:runs")).contains("admin"),
                "the run is recorded, started by the administrator");
        assertAccessible("retention screen after a run");
        browser.screenshot("admin-retention");

        browser.click(By.linkText("Case " + caseIdOnScreen(reason)));
        browser.type(By.id("retention-form:hold-reason"), "The matter was settled");
        browser.click(By.id("retention-form:release-hold"));
        assertTrue(
                browser.waitForText(By.id("audit-table"), "Legal hold released").contains("The matter was settled"));
    }

    /** The case ID the holds table links to, from the row that shows this reason. */
    private String caseIdOnScreen(String reason) {
        return browser.find(By.xpath("//tr[td[contains(.,'" + reason + "')]]//a"))
                .getText()
                .replace("Case ", "");
    }

    private void assertAccessible(String screen) {
        browser.settle();
        List<String> violations = Axe.seriousOrCriticalViolations(browser);
        assertTrue(violations.isEmpty(), screen + ": " + String.join("\n", violations));
    }
}
