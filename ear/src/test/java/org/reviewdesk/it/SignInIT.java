package org.reviewdesk.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.reviewdesk.security.DemoAccounts;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in through the real login page in headless Chromium, as each demo account. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestDeployments.shipped();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(base);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aVisitorWhoIsNotSignedInGetsTheSignInPage() {
        browser.open("reviewer/home.xhtml");

        browser.find(By.id("sign-in"));
        assertEquals("Sign in · Review Desk", browser.title());
        browser.screenshot("sign-in");
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
