package org.reviewdesk.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.reviewdesk.security.DemoAccounts;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in through the real login page in headless Chromium, as each demo account. */
class SignInIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestDeployments.shipped();
    }

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
            assertTrue(browser.text(By.id("home-role")).contains(demo.role().label() + " home page"),
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
}
