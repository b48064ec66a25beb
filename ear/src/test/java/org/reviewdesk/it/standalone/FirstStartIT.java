package org.reviewdesk.it.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.reviewdesk.it.AccountScreens;
import org.reviewdesk.it.Browser;
import org.reviewdesk.it.Eventually;
import org.reviewdesk.it.Mailboxes;
import org.reviewdesk.it.ReliabilityRun;
import org.reviewdesk.it.StandaloneServer;
import org.reviewdesk.security.DemoAccounts;

/**
 * The first start of a real deployment (DESIGN §8, issue 12): the shipped EAR on a server of its own with an empty
 * H2 database and no demo mode, started the way an operator starts it. First without the administrator's variables:
 * there is no account, sign-in is refused, and the log says what to set. Then restarted on the same database with
 * them: the log holds a one-time set-password link, refused once it has expired; restarted again, the log holds a
 * fresh one, and the administrator opens it in Chromium, has a weak password refused, chooses a good one, signs in
 * and reaches the administrator's home; there the administrator invites a reviewer by e-mail (real SMTP), who chooses
 * a password from the mailed link and reaches the reviewer's home.
 * <p>
 * It starts and stops WildFly itself, so it runs in the crash test's execution of the build (ear/pom.xml), after
 * the integration tests' server has stopped, on port offset {@code reviewdesk.it.first-start.port-offset}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("own-server")
class FirstStartIT {

    private static final Duration STARTUP_PATIENCE = Duration.ofMinutes(5);
    private static final String ADMIN_USER = "grace.admin";
    private static final String ADMIN_EMAIL = "grace.hopper@cms.example.gov";
    private static final String ADMIN_NAME = "Grace Hopper";
    private static final String REVIEWER_USER = "ada.reviewer";
    private static final String REVIEWER_NAME = "Ada Lovelace";
    private static final String REVIEWER_EMAIL = "ada.lovelace@cms.example.gov";
    private static final String REVIEWER_PASSWORD = "copper kettles hum at dawn";
    private static final Duration SHORT_VALIDITY = Duration.ofSeconds(10);
    private static final Pattern SET_PASSWORD_LINK =
            Pattern.compile("(http\\S+/account/set-password\\.xhtml\\?link=\\S+)");

    private Path workDir;
    private GreenMail smtp;
    private Map<String, String> environment;
    private StandaloneServer server;
    private long logLinesBefore;
    private String expiredLink;

    @BeforeAll
    void prepareAnEmptyServer() throws IOException {
        workDir = ReliabilityRun.emptyWorkDir("first-start");
        smtp = ReliabilityRun.smtpOnFreePort();
        // What an operator sets for any deployment: mail. No REVIEWDESK_DEMO, no database settings (H2 in the server).
        environment = new HashMap<>(Map.of(
                "REVIEWDESK_SMTP_HOST",
                "127.0.0.1",
                "REVIEWDESK_SMTP_PORT",
                Integer.toString(smtp.getSmtp().getPort())));
    }

    /** The server first, then the mail it sent to; the second closes even when the first fails. */
    @AfterAll
    void stopEverything() throws Exception {
        try (AutoCloseable mail = smtp::stop;
                StandaloneServer running = server) {
            // Only closing: try-with-resources closes in reverse order and skips a server that never started.
        }
    }

    @Test
    @Order(1)
    void withoutTheAdministratorsVariablesThereIsNoAccountAndTheLogSaysWhatToSet() {
        start();

        String log = String.join("\n", newLogLines());
        assertTrue(
                log.contains("REVIEWDESK_ADMIN_USER") && log.contains("REVIEWDESK_ADMIN_EMAIL"),
                "the log names the variables to set:\n" + log);
        assertFalse(
                log.contains("Created " + DemoAccounts.ACCOUNTS.size() + " demo accounts"),
                "no demo account is created");
        assertFalse(SET_PASSWORD_LINK.matcher(log).find(), "no set-password link without an administrator");

        try (Browser browser = new Browser(base())) {
            browser.open("login.xhtml");
            browser.find(By.id("sign-in"));
            assertFalse(browser.isShown(By.id("sign-in-demo")), "outside demo mode the sign-in page names no password");
            assertFalse(
                    browser.text(By.tagName("body")).contains(DemoAccounts.PASSWORD),
                    "the demo password is nowhere on the page");
            // One try only: sign-in throttling per address must not slow the administrator's later sign-in.
            browser.signIn("admin", DemoAccounts.PASSWORD);
            assertTrue(
                    browser.text(By.id("sign-in-failed")).contains("The user name or the password is wrong"),
                    "the demo administrator does not exist");
        }
    }

    @Test
    @Order(2)
    void withThemTheLogHoldsAOneTimeLinkThatNoLongerWorksOnceExpired() {
        environment.put("REVIEWDESK_ADMIN_USER", ADMIN_USER);
        environment.put("REVIEWDESK_ADMIN_EMAIL", ADMIN_EMAIL);
        environment.put("REVIEWDESK_ADMIN_NAME", ADMIN_NAME);
        environment.put("REVIEWDESK_ADMIN_LINK_VALIDITY", SHORT_VALIDITY.toString());
        start();

        expiredLink = setPasswordLink(newLogLines());
        try (Browser browser = new Browser(base())) {
            browser.signIn(ADMIN_USER, DemoAccounts.PASSWORD);
            assertTrue(
                    browser.text(By.id("sign-in-failed")).contains("The user name or the password is wrong"),
                    "the administrator has no password before choosing one");

            // The link was issued before the server answered: once this much has passed, it has expired.
            ReliabilityRun.pause(SHORT_VALIDITY.plusSeconds(1));
            openLink(browser, expiredLink);
            String refusal = browser.text(By.id("set-password:link-refused"));
            assertTrue(refusal.contains("expired") && refusal.contains("Restart the server"), refusal);
        }
    }

    @Test
    @Order(3)
    void restartedTheAdministratorChoosesAPasswordFromAFreshLinkAndSignsIn() {
        environment.remove("REVIEWDESK_ADMIN_LINK_VALIDITY");
        start();

        String link = setPasswordLink(newLogLines());
        assertNotEquals(expiredLink, link, "the restart wrote a fresh link");
        try (Browser browser = new Browser(base())) {
            openLink(browser, link);
            assertEquals(ADMIN_USER, browser.text(By.id("account-username")));
            choosePassword(browser, WEAK_PASSWORD);
            assertTrue(
                    browser.text(By.id("new-password-error")).contains("most common passwords"),
                    "a common password is refused: " + browser.text(By.id("new-password-error")));
            choosePassword(browser, GOOD_PASSWORD);
            assertTrue(
                    browser.text(By.id("set-password:password-set")).contains("Sign in as " + ADMIN_USER),
                    browser.text(By.id("set-password:password-set")));

            openLink(browser, link);
            assertTrue(
                    browser.text(By.id("set-password:link-refused")).contains("already used"), "the link works once");

            browser.signIn(ADMIN_USER, GOOD_PASSWORD);
            assertEquals("Welcome, " + ADMIN_NAME, browser.text(By.id("home-heading")));
            assertEquals("/admin/home.xhtml", browser.currentPath());

            inviteReviewer(browser);
            browser.signOut();
            String invitation = AccountScreens.linkIn(Eventually.await(
                            "the invitation mailed to " + REVIEWER_EMAIL,
                            () -> Mailboxes.to(smtp, REVIEWER_EMAIL),
                            mail -> !mail.isEmpty())
                    .get(0));
            AccountScreens.choosePassword(browser, invitation, REVIEWER_PASSWORD);
            browser.signIn(REVIEWER_USER, REVIEWER_PASSWORD);
            assertEquals("Welcome, " + REVIEWER_NAME, browser.text(By.id("home-heading")));
            assertEquals("/reviewer/home.xhtml", browser.currentPath().replaceAll("\\?.*", ""));

            // A new installation's search index holds no case yet: search says so instead of failing.
            browser.open("reviewer/search.xhtml?q=TIN");
            assertEquals("No cases match", browser.text(By.id("range")));
        }
    }

    /** The administrator invites a reviewer by e-mail from the accounts screen. */
    private static void inviteReviewer(Browser browser) {
        browser.click(By.id("accounts"));
        browser.click(By.id("accounts:new-account"));
        browser.type(By.id("account-form:username"), REVIEWER_USER);
        browser.type(By.id("account-form:display-name"), REVIEWER_NAME);
        browser.type(By.id("account-form:email"), REVIEWER_EMAIL);
        AccountScreens.tick(browser, "account-form:roles", "REVIEWER", true);
        browser.click(By.id("account-form:create-account"));
        browser.waitForText(By.id("accounts:messages"), "is invited");
    }

    private void openLink(Browser browser, String link) {
        assertTrue(link.startsWith(base().toString()), "the link is built from the public URL: " + link);
        browser.open(link.substring(base().toString().length()));
    }

    /** Twelve characters, and on the shipped list of common passwords. */
    private static final String WEAK_PASSWORD = "1qaz2wsx3edc";

    private static final String GOOD_PASSWORD = "ledger quietly orbits the harbour";

    private static void choosePassword(Browser browser, String password) {
        browser.type(By.id("set-password:new-password"), password);
        browser.type(By.id("set-password:repeat-password"), password);
        browser.click(By.id("set-password:save-password"));
    }

    private String setPasswordLink(List<String> log) {
        Matcher link = SET_PASSWORD_LINK.matcher(String.join("\n", log));
        assertTrue(link.find(), "the log holds the set-password link:\n" + String.join("\n", log));
        return link.group(1);
    }

    /** Starts the server, stopping it first if an earlier step left it running, and waits for the sign-in page. */
    private void start() {
        if (server != null && server.isRunning()) {
            server.stop();
        }
        if (server == null) {
            server = StandaloneServer.prepare(
                    Path.of(ReliabilityRun.setting("reviewdesk.it.server-home")),
                    ReliabilityRun.setting("reviewdesk.it.server-config"),
                    workDir.resolve("server"),
                    Integer.parseInt(ReliabilityRun.setting("reviewdesk.it.first-start.port-offset")),
                    ReliabilityRun.setting("reviewdesk.reliability.server-jvm"),
                    environment,
                    Path.of(ReliabilityRun.setting("reviewdesk.it.ear")));
        } else {
            server = server.withEnvironment(environment);
        }
        logLinesBefore = logLines().size();
        server.startAndAwait(this::signInPageAnswers, STARTUP_PATIENCE);
    }

    /** The lines the server wrote to its log since the last start. */
    private List<String> newLogLines() {
        List<String> lines = logLines();
        return lines.subList((int) logLinesBefore, lines.size());
    }

    private List<String> logLines() {
        return server.logLines();
    }

    private boolean signInPageAnswers() {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base() + "login.xhtml"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URL base() {
        return server.applicationUrl();
    }
}
