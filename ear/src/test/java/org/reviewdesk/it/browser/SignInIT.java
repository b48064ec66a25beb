package org.reviewdesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.reviewdesk.it.Http;
import org.reviewdesk.it.ServerProperties;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.security.DemoAccounts;

/** Signing in through the real login page in headless Chromium, as each demo account. */
class SignInIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestDeployments.shipped();
    }

    @ArquillianResource
    ManagementClient management;

    @Test
    void aVisitorWhoIsNotSignedInGetsTheSignInPage() {
        browser.open("reviewer/home.xhtml");

        browser.find(By.id("sign-in"));
        assertEquals("Sign in · Review Desk", browser.title());
        browser.screenshot("sign-in");
    }

    @Test
    void theDemoSignInPageSaysThePasswordOfEveryDemoAccount() {
        browser.open("login.xhtml");

        assertEquals("Demo: every account's password is " + DemoAccounts.PASSWORD, browser.text(By.id("sign-in-demo")));
    }

    @Test
    void eachDemoAccountReachesTheHomePageOfItsRole() {
        for (DemoAccounts.Demo demo : DemoAccounts.ACCOUNTS) {
            browser.signIn(demo.username(), DemoAccounts.PASSWORD);

            assertEquals("Welcome, " + demo.displayName(), browser.text(By.id("home-heading")));
            assertTrue(
                    browser.text(By.id("home-role")).contains(demo.role().label() + " home page"),
                    browser.text(By.id("home-role")));
            assertEquals("/" + demo.role().name().toLowerCase() + "/home.xhtml", browser.currentPath());
            assertEquals(demo.role().label(), browser.text(By.id("user-roles")));
            browser.screenshot("home-" + demo.username());

            browser.signOut();
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageThatSaysWhatToCheck() {
        browser.signIn("reviewer", "not-the-password");

        assertTrue(browser.text(By.id("sign-in-failed")).contains("The user name or the password is wrong"));
        browser.find(By.id("sign-in"));
        browser.screenshot("sign-in-failed");
    }

    @Test
    void aSubmitterCannotOpenAnotherRolesPages() {
        browser.signIn("submitter", DemoAccounts.PASSWORD);
        browser.find(By.id("home-heading"));

        browser.open("admin/home.xhtml");

        assertEquals("This page is not for your role", browser.text(By.id("forbidden-heading")));
    }

    @Test
    void afterSigningOutThePagesAskForSignInAgain() {
        browser.signIn("supervisor", DemoAccounts.PASSWORD);
        browser.find(By.id("home-heading"));
        browser.signOut();

        browser.open("supervisor/home.xhtml");

        browser.find(By.id("sign-in"));
    }

    @Test
    void signingInGivesTheBrowserANewSessionIdAndTheOldOneSignsNobodyIn() {
        browser.open("reviewer/home.xhtml");
        browser.find(By.id("sign-in"));
        String before = browser.cookie("JSESSIONID");
        assertNotNull(before, "the sign-in page has a session already");

        browser.find(By.id("username")).sendKeys("reviewer");
        browser.find(By.id("password")).sendKeys(DemoAccounts.PASSWORD);
        browser.click(By.id("sign-in-button"));
        browser.find(By.id("home-heading"));

        String after = browser.cookie("JSESSIONID");
        assertNotEquals(before, after, "an id known before sign-in (session fixation) is worth nothing after it");
        assertTrue(pageWithSession(before).contains("id=\"sign-in\""), "the id from before sign-in signs nobody in");
        assertTrue(pageWithSession(after).contains("id=\"home-heading\""), "the new id is the signed-in session");
    }

    private String pageWithSession(String sessionId) {
        return Http.send(
                        HttpClient.newBuilder()
                                .followRedirects(HttpClient.Redirect.NEVER)
                                .build(),
                        HttpRequest.newBuilder(java.net.URI.create(browser.url("reviewer/home.xhtml")))
                                .header("Cookie", "JSESSIONID=" + sessionId)
                                .build())
                .body();
    }

    @Test
    void signingInLeadsBackToThePageThatAskedForIt() {
        browser.open("reviewer/search.xhtml?q=tin");
        browser.find(By.id("username")).sendKeys("reviewer");
        browser.find(By.id("password")).sendKeys(DemoAccounts.PASSWORD);
        browser.click(By.id("sign-in-button"));

        assertEquals("/reviewer/search.xhtml?q=tin", browser.currentPath());
    }

    @Test
    void aSessionEndsAtItsLifetimeHoweverBusyAndSignInLeadsBackToThePage() throws InterruptedException {
        Duration lifetime = Duration.ofSeconds(20);
        ServerProperties.set(management, "reviewdesk.session-lifetime", lifetime.toString());
        try {
            long signingIn = System.nanoTime();
            browser.signIn("reviewer", DemoAccounts.PASSWORD);
            browser.find(By.id("home-heading"));
            long signedIn = System.nanoTime();
            while (System.nanoTime() - signingIn < lifetime.toNanos() / 2) {
                browser.open("reviewer/home.xhtml");
                browser.find(By.id("account:sign-out"));
                Thread.sleep(1000);
            }
            Thread.sleep(Duration.ofNanos(signedIn + lifetime.toNanos() - System.nanoTime())
                    .plusSeconds(1));

            browser.open("reviewer/search.xhtml");
            browser.find(By.id("sign-in"));
            assertEquals("Sign in · Review Desk", browser.title(), "a busy session still ends at its lifetime");
            browser.find(By.id("username")).sendKeys("reviewer");
            browser.find(By.id("password")).sendKeys(DemoAccounts.PASSWORD);
            browser.click(By.id("sign-in-button"));
            assertEquals("/reviewer/search.xhtml", browser.currentPath());
        } finally {
            ServerProperties.set(management, "reviewdesk.session-lifetime", null);
        }
    }
}
