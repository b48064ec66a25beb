package org.reviewdesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.reviewdesk.it.Http;
import org.reviewdesk.it.ServerProperties;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.security.DemoAccounts;

/**
 * Sign-in that cannot be turned against its users (issue 12): growing waits with a cap instead of a lockout, per user
 * name and per client address, the same work for unknown user names, and the administrator's Clear. Every request of
 * these tests comes from this machine, so the server sees one client address for all of them (no proxy forwarding is
 * configured: X-Forwarded-For is not believed). The schedule is shortened for the tests through the server's settings
 * and put back after each; every failure they leave is cleared on the administrator's screen.
 */
class SignInThrottlingIT extends BrowserTest {

    /** The tests' schedule: 5 free failures per user name, 20 per address, then 0.25 s doubling up to 2 s. */
    private static final Map<String, String> SHORT_SCHEDULE = Map.of(
            "reviewdesk.sign-in-free-failures", "5",
            "reviewdesk.sign-in-free-failures-per-address", "20",
            "reviewdesk.sign-in-first-delay", "PT0.25S",
            "reviewdesk.sign-in-delay-cap", "PT2S");

    private static final Duration CAP = Duration.ofSeconds(2);
    private static final int TOO_MANY_REQUESTS = 429;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestDeployments.shipped();
    }

    @ArquillianResource
    ManagementClient management;

    @BeforeEach
    void shortSchedule() {
        SHORT_SCHEDULE.forEach((name, value) -> ServerProperties.set(management, name, value));
    }

    @AfterEach
    void clearEveryFailureAndRestoreTheSchedule() throws InterruptedException {
        try {
            openThrottlingScreen();
            while (browser.isShown(By.xpath("//button[contains(@id,':clear')]"))) {
                browser.click(By.xpath("(//button[contains(@id,':clear')])[1]"));
            }
        } finally {
            for (String name : List.of(
                    "reviewdesk.sign-in-free-failures",
                    "reviewdesk.sign-in-free-failures-per-address",
                    "reviewdesk.sign-in-first-delay",
                    "reviewdesk.sign-in-delay-cap")) {
                ServerProperties.set(management, name, null);
            }
        }
    }

    @Test
    void afterFiftyWrongPasswordsTheRightOneWorksOnceTheCappedDelayHasPassed() throws InterruptedException {
        HttpClient attacker = client();
        int waitsAnswered = 0;
        long lastSent = 0;
        long lastAnswered = 0;
        for (int checked = 0; checked < 50; ) {
            lastSent = System.nanoTime();
            HttpResponse<String> answer = post(attacker, "reviewer", "wrong-guess-" + checked);
            lastAnswered = System.nanoTime();
            if (answer.statusCode() == TOO_MANY_REQUESTS) {
                long retryAfter = Long.parseLong(
                        answer.headers().firstValue("Retry-After").orElseThrow());
                assertTrue(
                        retryAfter <= CAP.toSeconds(),
                        "a wait never exceeds the cap: " + retryAfter + " s after " + checked + " failures");
                assertTrue(answer.body().contains("id=\"sign-in-wait\""), "the page says to wait");
                waitsAnswered++;
                Thread.sleep(Duration.ofSeconds(retryAfter));
            } else {
                assertEquals(200, answer.statusCode(), "a wrong password is refused on the sign-in page");
                assertTrue(answer.body().contains("id=\"sign-in-failed\""), "checked and refused");
                checked++;
            }
        }
        assertTrue(waitsAnswered > 0, "beyond the free failures, guesses were made to wait");

        // The last failure's wait (the cap) runs from when the server took it, between lastSent and lastAnswered. The
        // user tries the right password, and someone keeps guessing, during it: each try is answered "wait" without a
        // look at the password, and none makes the wait longer.
        HttpClient user = client();
        long duringTheWait = lastSent + CAP.toNanos() - Duration.ofMillis(300).toNanos();
        int triesDuringTheWait = 0;
        while (System.nanoTime() < duringTheWait) {
            HttpClient who = triesDuringTheWait % 2 == 0 ? user : attacker;
            String password = who == user ? DemoAccounts.PASSWORD : "one-more-guess";
            assertEquals(
                    TOO_MANY_REQUESTS,
                    post(who, "reviewer", password).statusCode(),
                    "during the wait every try waits, unchecked");
            triesDuringTheWait++;
            Thread.sleep(100);
        }
        assertTrue(triesDuringTheWait >= 1, "the right password was tried during the wait");
        Thread.sleep(Duration.ofNanos(Math.max(0, lastAnswered + CAP.toNanos() - System.nanoTime())));

        HttpResponse<String> rightPassword = post(user, "reviewer", DemoAccounts.PASSWORD);
        assertEquals(302, rightPassword.statusCode(), "the right password signs in once the capped delay has passed");
        assertTrue(signedIn(user), "the reviewer's home page opens");
    }

    @Test
    void anUnknownUserNameIsRefusedAfterTheSameWorkAsAKnownOne() {
        // Fresh names, none of them throttled: enough free failures for every try, and a first delay to compare with.
        Duration firstDelay = Duration.ofMillis(100);
        ServerProperties.set(management, "reviewdesk.sign-in-free-failures", "30");
        ServerProperties.set(management, "reviewdesk.sign-in-free-failures-per-address", "60");
        ServerProperties.set(management, "reviewdesk.sign-in-first-delay", "PT0.1S");
        HttpClient stranger = client();
        post(stranger, "supervisor", "warming-up");
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int round = 0; round < 21; round++) {
            known.add(millisToRefuse(stranger, "supervisor"));
            unknown.add(millisToRefuse(
                    stranger, "nobody-" + UUID.randomUUID().toString().substring(0, 8)));
        }

        long difference = Math.abs(median(known) - median(unknown));
        System.out.println("Refusal times, known user name " + known + " ms, unknown " + unknown + " ms");
        assertTrue(
                difference < firstDelay.toMillis(),
                "a refusal takes as long for an unknown user name (median " + median(unknown) + " ms of " + unknown
                        + ") as for a known one (" + median(known) + " ms of " + known + ")");
    }

    @Test
    void oneUserNamesWaitDoesNotHoldUpAnotherAccountFromTheSameAddress() {
        ServerProperties.set(management, "reviewdesk.sign-in-first-delay", "PT10M");
        ServerProperties.set(management, "reviewdesk.sign-in-delay-cap", "PT15M");
        HttpClient client = client();
        for (int failure = 0; failure < 6; failure++) {
            post(client, "reviewer", "wrong-guess-" + failure);
        }
        assertEquals(
                TOO_MANY_REQUESTS,
                post(client(), "reviewer", DemoAccounts.PASSWORD).statusCode(),
                "the reviewer's name waits");

        HttpClient colleague = client();
        assertEquals(
                302,
                post(colleague, "submitter", DemoAccounts.PASSWORD).statusCode(),
                "another account from the same address signs in at once: the address has had fewer than its free failures");
        assertTrue(signedIn(colleague));
    }

    @Test
    void theAdministratorSeesAWaitingUserNameAndClearsIt() throws InterruptedException {
        ServerProperties.set(management, "reviewdesk.sign-in-first-delay", "PT10M");
        ServerProperties.set(management, "reviewdesk.sign-in-delay-cap", "PT15M");
        HttpClient client = client();
        for (int failure = 0; failure < 6; failure++) {
            post(client, "submitter2", "wrong-guess-" + failure);
        }
        assertEquals(
                TOO_MANY_REQUESTS,
                post(client, "submitter2", DemoAccounts.PASSWORD).statusCode());

        openThrottlingScreen();
        By row = By.xpath("//tr[td/span[@class='rd-throttled-subject' and text()='submitter2']]");
        String shown = browser.text(row);
        assertTrue(shown.contains("User name") && shown.contains("6") && shown.contains("min"), shown);
        browser.click(By.xpath("//tr[td/span[text()='submitter2']]//button[contains(@id,':clear')]"));
        assertTrue(
                browser.text(By.id("throttling:messages")).contains("submitter2"),
                "the administrator is told what was cleared");
        assertFalse(browser.isShown(row));

        HttpClient user = client();
        assertEquals(
                302,
                post(user, "submitter2", DemoAccounts.PASSWORD).statusCode(),
                "after Clear the right password works at once");
    }

    @Test
    void theContainersOwnSignInCannotGoRoundTheThrottling() {
        HttpClient client = client();
        Http.send(
                client,
                HttpRequest.newBuilder(URI.create(base + "reviewer/home.xhtml")).build());
        HttpResponse<String> containerSignIn = Http.send(
                client,
                HttpRequest.newBuilder(URI.create(base + "j_security_check"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Sec-Fetch-Site", "same-origin")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                form(Map.of("j_username", "reviewer", "j_password", DemoAccounts.PASSWORD))))
                        .build());

        assertEquals(404, containerSignIn.statusCode());
        assertFalse(signedIn(client));
    }

    // ---- helpers

    /**
     * Opens the administrator's throttling screen, signing in as the demo administrator when asked, and waiting as the
     * sign-in page says when this address must wait (it may, after a test).
     */
    private void openThrottlingScreen() throws InterruptedException {
        browser.open("admin/sign-in-throttling.xhtml");
        for (int attempt = 0; attempt < 10 && !browser.isShown(By.id("throttling-heading")); attempt++) {
            if (browser.isShown(By.id("sign-in-wait"))) {
                Thread.sleep(CAP);
            }
            browser.type(By.id("username"), "admin");
            browser.type(By.id("password"), DemoAccounts.PASSWORD);
            browser.click(By.id("sign-in-button"));
        }
        browser.find(By.id("throttling-heading"));
    }

    private long millisToRefuse(HttpClient client, String username) {
        long start = System.nanoTime();
        HttpResponse<String> answer = post(client, username, "not-the-password");
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertEquals(200, answer.statusCode(), username + " was not throttled");
        assertTrue(
                answer.body().contains("The user name or the password is wrong"),
                "the same message for every user name");
        return millis;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The sign-in form posted as this server's own page posts it. */
    private HttpResponse<String> post(HttpClient client, String username, String password) {
        return Http.send(
                client,
                HttpRequest.newBuilder(URI.create(base + "sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Sec-Fetch-Site", "same-origin")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                form(Map.of("username", username, "password", password))))
                        .build());
    }

    /** Whether the start page sends this client on to its role's home page, as it does only for someone signed in. */
    private boolean signedIn(HttpClient client) {
        HttpResponse<String> start = Http.send(
                client, HttpRequest.newBuilder(URI.create(base + "index.xhtml")).build());
        return start.statusCode() == 302
                && start.headers().firstValue("Location").orElse("").endsWith("/home.xhtml");
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
