package org.reviewdesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.it.TestFiling;
import org.reviewdesk.it.TestRequests;
import org.reviewdesk.security.DemoAccounts;

/**
 * The submitter shares a submitted request from its page and takes the access back (issue 11 §2): a bad
 * address is explained next to its field, a colleague given access opens the request, and once removed
 * is told it does not exist.
 */
class SharingScreenIT extends BrowserTest {

    private static final String COLLEAGUE = "submitter2";
    private static final String COLLEAGUE_ADDRESS = "sam.second@example.org";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestDeployments.withSeeds(SubmittedRequestSeed.class, TestFiling.class, TestRequests.class);
    }

    @Test
    void theSubmitterGivesAColleagueAccessToASubmittedRequestAndTakesItBack() {
        browser.signIn("submitter", DemoAccounts.PASSWORD);
        String id = Seeds.submittedRequest(browser);
        String page = "submitter/request.xhtml?id=" + id;
        browser.open(page);
        browser.find(By.id("access-none"));

        browser.type(By.id("access-form:new-access"), "sam at example");
        browser.click(By.id("access-form:add-access"));
        assertTrue(
                browser.waitForText(By.id("new-access-error"), "name@example.org")
                        .contains("sam at example"),
                "the refused address is named next to its field with the fix");

        browser.type(By.id("access-form:new-access"), COLLEAGUE_ADDRESS);
        browser.click(By.id("access-form:add-access"));
        browser.waitForText(By.id("access-list"), COLLEAGUE_ADDRESS);
        browser.waitForText(By.id("access-form:access-messages"), "can now see this request");
        browser.screenshot("portal-16-sharing");
        browser.signOut();

        browser.signIn(COLLEAGUE, DemoAccounts.PASSWORD);
        assertEquals(200, browser.download(browser.url(page)).status(), "the colleague opens the shared request");
        browser.signOut();

        browser.signIn("submitter", DemoAccounts.PASSWORD);
        browser.open(page);
        browser.click(By.xpath("//ul[@id='access-list']/li[contains(., '" + COLLEAGUE_ADDRESS + "')]//button"));
        browser.waitForText(By.id("access-form:access-messages"), "can no longer see this request");
        browser.find(By.id("access-none"));
        browser.signOut();

        browser.signIn(COLLEAGUE, DemoAccounts.PASSWORD);
        assertEquals(404, browser.download(browser.url(page)).status(), "a removed colleague still opens the request");
    }
}
