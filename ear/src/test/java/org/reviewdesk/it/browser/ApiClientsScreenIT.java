package org.reviewdesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.security.DemoAccounts;

/** An administrator registers an organisation, issues it a token that then works, and revokes it. */
class ApiClientsScreenIT extends BrowserTest {

    private static final ZoneId EASTERN = ZoneId.of("America/New_York");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestDeployments.shipped();
    }

    @Test
    void aTokenIsShownOnceWorksUntilItIsRevokedAndThenIsRefused() throws Exception {
        String organisation = "Screen Registry " + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn("admin", DemoAccounts.PASSWORD);
        browser.click(By.id("api-clients"));

        browser.type(By.id("api:organisation"), organisation);
        browser.type(By.id("api:contact"), "not an address");
        browser.click(By.id("api:register"));
        assertTrue(
                browser.waitForText(By.id("contact-error"), "").length() > 0,
                "the refused address is explained next to its field");

        browser.type(By.id("api:contact"), "api@screen-registry.example.org");
        browser.click(By.id("api:register"));
        assertTrue(browser.waitForText(By.id("api:messages"), "is registered").contains(organisation));

        browser.type(By.id("api:token-label"), "production");
        browser.click(By.id("api:issue"));
        String token = browser.find(By.id("api:issued-token")).getAttribute("value");
        assertTrue(token.matches("rd_[A-Za-z0-9_-]{43}"), token);
        browser.screenshot("admin-api-clients-token-issued");
        assertEquals(404, call(token), "a valid token reaches the API, which knows no such request");

        browser.click(By.id("api:done-token"));
        assertFalse(browser.isShown(By.id("api:issued-token")), "the token is not shown again");

        By revoke = By.xpath("//tbody[@id='api:tokens_data']/tr[contains(., '" + organisation
                + "')]//button[contains(@id, ':revoke')]");
        browser.click(revoke);
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("api:messages"), "is revoked");
        assertTrue(browser.text(By.xpath("//tbody[@id='api:tokens_data']/tr[contains(., '" + organisation + "')]"))
                .contains("Revoked"));
        assertEquals(401, call(token));
    }

    @Test
    void eachTokenShowsWhenItExpiresAndOneWithinThirtyDaysIsMarkedExpiringSoon() {
        String organisation = "Expiry Registry " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(EASTERN);
        browser.signIn("admin", DemoAccounts.PASSWORD);
        browser.click(By.id("api-clients"));
        browser.type(By.id("api:organisation"), organisation);
        browser.type(By.id("api:contact"), "api@expiry-registry.example.org");
        browser.click(By.id("api:register"));
        browser.waitForText(By.id("api:messages"), "is registered");

        browser.type(By.id("api:token-label"), "yesterday");
        browser.type(By.id("api:token-expires"), today.minusDays(1).toString());
        browser.click(By.id("api:issue"));
        assertTrue(
                browser.waitForText(By.id("expires-error"), "after today").contains("after today"),
                "a day in the past is refused, naming the field");
        assertFalse(browser.isShown(By.id("api:issued-token")), "nothing is issued");

        browser.type(By.id("api:token-expires"), today.plusYears(2).plusDays(1).toString());
        browser.click(By.id("api:issue"));
        assertTrue(browser.waitForText(By.id("expires-error"), "two years")
                .contains(today.plusYears(2).toString()));

        browser.type(By.id("api:token-label"), "a year");
        browser.type(By.id("api:token-expires"), "");
        browser.click(By.id("api:issue"));
        browser.find(By.id("api:issued-token"));
        browser.click(By.id("api:done-token"));

        browser.type(By.id("api:token-label"), "ten days");
        browser.type(By.id("api:token-expires"), today.plusDays(10).toString());
        browser.click(By.id("api:issue"));
        browser.find(By.id("api:issued-token"));
        browser.click(By.id("api:done-token"));

        String aYear = row(organisation, "a year");
        String aYearAhead = today.plusDays(365).format(DAY);
        String orTheNext = today.plusDays(366).format(DAY);
        assertTrue(aYear.contains(aYearAhead) || aYear.contains(orTheNext), "a year from now by default: " + aYear);
        assertFalse(aYear.contains("expires soon"), aYear);
        String tenDays = row(organisation, "ten days");
        assertTrue(
                tenDays.contains(today.plusDays(11).format(DAY) + " 12:00 AM ET (expires soon)"),
                "valid through the chosen day, and marked: " + tenDays);
        browser.screenshot("admin-api-clients-token-expiry");
    }

    private String row(String organisation, String label) {
        return browser.text(By.xpath("//tbody[@id='api:tokens_data']/tr[contains(., '" + organisation
                + "') and contains(., '" + label + "')]"));
    }

    private int call(String token) throws Exception {
        URI uri = URI.create(base.toString().replaceAll("/$", "") + "/api/v1/requests/screen-test-unknown");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
