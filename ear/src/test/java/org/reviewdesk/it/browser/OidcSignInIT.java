package org.reviewdesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.reviewdesk.it.TestDeployments;

/**
 * Sign-in through an OpenID Connect provider (DESIGN §8, wildfly-config/60-oidc.cli), against a real
 * Keycloak this test starts: the server runs standalone-full-oidc.xml, so the application's own
 * sign-in page is replaced by Keycloak's, roles come from the realm roles of the token, and the
 * Review Desk account is the one named by preferred_username. Only in {@code ./mvnw verify -Poidc}
 * (its cost is in docs/operations.md).
 */
@Tag("oidc")
class OidcSignInIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        // Before the deployment, so the application finds its provider from its first request on.
        KeycloakServer.started();
        return TestDeployments.shipped();
    }

    @AfterAll
    static void stopKeycloak() {
        KeycloakServer.stopIfStarted();
    }

    @Test
    void aReviewerSignsInOnTheProvidersPageAndLandsOnTheReviewerHomeWithTheRoleOfTheToken() {
        String realm = KeycloakServer.started().realmUrl();
        browser.open("");
        String providerPage = String.valueOf(browser.script("return location.href"));
        assertTrue(
                providerPage.startsWith(realm + "/protocol/openid-connect/auth"),
                "the provider's sign-in page, not ours: " + providerPage);
        assertFalse(browser.isShown(By.id("sign-in-button")), "no local password form");

        browser.find(By.id("username")).sendKeys("reviewer");
        browser.find(By.id("password")).sendKeys("keycloak-reviewer-password");
        browser.find(By.id("kc-login")).click();

        browser.find(By.id("user-name"));
        assertTrue(browser.currentPath().startsWith("/reviewer/home"), browser.currentPath());
        assertEquals(
                "Riley Reviewer", browser.text(By.id("user-name")), "the local account named by preferred_username");
        browser.screenshot("oidc-reviewer-home");
    }

    @Test
    void theRestApiStillAuthenticatesByItsOwnTokensNotByTheProvider() throws Exception {
        HttpRequest call = HttpRequest.newBuilder(URI.create(browser.url("api/v1/requests/oidc-it-unknown")))
                .header("Authorization", "Bearer rd_" + "A".repeat(43))
                .GET()
                .build();
        HttpResponse<String> refused = HttpClient.newHttpClient().send(call, HttpResponse.BodyHandlers.ofString());

        assertEquals(401, refused.statusCode(), refused.body());
        assertTrue(
                refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "Review Desk's own refusal, not the OIDC mechanism's: " + refused.headers());
        assertTrue(refused.body().contains("API token"), refused.body());
    }

    @Test
    void someoneTheProviderKnowsWithoutAReviewDeskAccountIsToldWhichAccountToAskFor() {
        browser.open("");
        browser.find(By.id("username")).sendKeys("stranger");
        browser.find(By.id("password")).sendKeys("keycloak-stranger-password");
        browser.find(By.id("kc-login")).click();

        String refusal = browser.text(By.id("no-account"));
        assertTrue(refusal.contains("stranger"), refusal);
        assertTrue(refusal.contains("Ask a Review Desk administrator to create the account"), refusal);
        assertTrue(browser.currentPath().startsWith("/no-account.xhtml"), browser.currentPath());
    }
}
