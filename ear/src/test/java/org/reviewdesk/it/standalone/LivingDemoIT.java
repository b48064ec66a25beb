package org.reviewdesk.it.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.reviewdesk.demo.DemoData;
import org.reviewdesk.it.Browser;
import org.reviewdesk.it.Mailboxes;
import org.reviewdesk.it.PrivatePostgresql;
import org.reviewdesk.it.ReliabilityRun;
import org.reviewdesk.it.StandaloneServer;
import org.reviewdesk.security.DemoAccounts;

/**
 * The living demo (issue 13, item 5): the shipped EAR on a demo server of its own with the demo cases switched on
 * ({@code REVIEWDESK_DEMO_CASES=true}, what README's run command sets), on an empty database, started the way
 * {@code ./mvnw -Prun} starts it. The first screen of search a supervisor opens finds the demo's cases by words that
 * occur only inside their attached files (a PDF, a Word document, a QRDA III report), every status and every
 * application type of both performance years is there, the submitter sees both kinds of draft, and the demo's mail
 * reached the SMTP server. Restarted on the same database, the server files no second set.
 * <p>
 * The integration tests' own server runs in demo mode without the switch, so none of them sees these cases. This test
 * starts and stops WildFly itself, so it runs in the crash test's execution (ear/pom.xml), after that server stopped,
 * on port offset {@code reviewdesk.it.living-demo.port-offset}, on PostgreSQL there (H2 when run alone). It also saves
 * the screenshots of the guides that show a populated system ({@code demo-*.png} under {@code ear/target/screenshots/}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("own-server")
class LivingDemoIT {

    private static final Duration STARTUP_PATIENCE = Duration.ofMinutes(5);
    private static final Pattern CASE_COUNT = Pattern.compile("of ([0-9,]+) cases?");

    /** A word found only inside one demo file (the corpus words of SearchIT), and the name the demo gives that file. */
    private static final List<Map.Entry<String, String>> FILE_WORDS = List.of(
            Map.entry("MIPS_APP1_INDIV", "QRDA III report - individual.xml"),
            Map.entry("subtitle", "Explanation of the scoring error.docx"),
            Map.entry("incubation", "Letter from our practice manager.pdf"));

    private GreenMail smtp;
    private PrivatePostgresql postgresql;
    private StandaloneServer server;
    private long logLinesBefore;
    private final Map<String, Integer> countsAtFirstStart = new LinkedHashMap<>();

    @BeforeAll
    void prepareAnEmptyDemoServer() throws IOException {
        Path workDir = ReliabilityRun.emptyWorkDir("living-demo");
        smtp = ReliabilityRun.smtpOnFreePort();
        Map<String, String> environment = new HashMap<>(Map.of(
                "REVIEWDESK_DEMO",
                "true",
                "REVIEWDESK_DEMO_CASES",
                "true",
                "REVIEWDESK_SMTP_HOST",
                "127.0.0.1",
                "REVIEWDESK_SMTP_PORT",
                Integer.toString(smtp.getSmtp().getPort())));
        // The build's crash execution runs it on PostgreSQL, the production database; run alone, on H2 like README's
        // demo.
        if ("postgresql".equals(System.getProperty("reviewdesk.reliability.database"))) {
            postgresql = PrivatePostgresql.start(
                    Path.of(ReliabilityRun.setting("reviewdesk.reliability.postgresql-script")),
                    workDir.resolve("postgresql"));
            environment.putAll(postgresql.serverEnvironment());
        }
        server = StandaloneServer.prepare(
                Path.of(ReliabilityRun.setting("reviewdesk.it.server-home")),
                ReliabilityRun.setting("reviewdesk.it.server-config"),
                workDir.resolve("server"),
                Integer.parseInt(ReliabilityRun.setting("reviewdesk.it.living-demo.port-offset")),
                ReliabilityRun.setting("reviewdesk.reliability.server-jvm"),
                environment,
                Path.of(ReliabilityRun.setting("reviewdesk.it.ear")));
    }

    /** The server first, then the mail it sent to and its database; each closes even when one before it fails. */
    @AfterAll
    void stopEverything() throws Exception {
        try (PrivatePostgresql database = postgresql;
                AutoCloseable mail = smtp::stop;
                StandaloneServer running = server) {
            // Only closing: try-with-resources closes in reverse order and skips what never started.
        }
    }

    @Test
    @Order(1)
    void theFirstStartFilesCasesTheSupervisorFindsByTheWordsOfTheirFiles() {
        start();
        String log = String.join("\n", newLogLines());
        assertTrue(log.contains("Filed 60 demo cases"), "the log says the demo cases were filed:\n" + log);

        int openYear = DemoData.openYearOn(LocalDate.now(ZoneId.of("America/New_York")));
        try (Browser browser = new Browser(base())) {
            browser.signIn("supervisor", DemoAccounts.PASSWORD);
            browser.click(By.cssSelector("[id$='to-search']"));
            for (Map.Entry<String, String> wordInFile : FILE_WORDS) {
                String word = wordInFile.getKey();
                String fileName = wordInFile.getValue();
                browser.type(By.id("search:query"), word);
                browser.click(By.id("search:run-search"));
                // Each word is inside another file: the first hit names it once this search's results are shown.
                String match = browser.waitForText(By.cssSelector(".rd-match"), "File " + fileName);
                assertTrue(count(browser) >= 1, word + " finds a demo case: " + browser.text(By.id("range")));
                assertTrue(match.startsWith("File " + fileName), word + " matched inside " + fileName + ": " + match);
            }
            browser.screenshot("demo-search-file-match");

            for (String query : List.of(
                    "status:submitted_in_review",
                    "status:approved",
                    "status:denied",
                    "status:withdrawn",
                    "type:individual",
                    "type:group",
                    "type:virtual_group",
                    "type:apm_entity",
                    "type:unknown",
                    "year:2020",
                    "year:" + openYear)) {
                browser.open("reviewer/search.xhtml?q=" + query);
                int found = count(browser);
                assertTrue(found >= 1, query + " finds demo cases");
                countsAtFirstStart.put(query, found);
            }
            browser.screenshot("demo-search-results");
            browser.open("supervisor/home.xhtml");
            assertTrue(
                    browser.text(By.tagName("main")).contains("Taylor Kim"),
                    "the workload shows the demo's third reviewer");
            browser.screenshot("demo-supervisor-dashboard");
            browser.scrollTo(By.id("workload-form:assignment-panel"));
            browser.screenshot("demo-supervisor-workload");

            browser.signOut();
            browser.signIn("reviewer", DemoAccounts.PASSWORD);
            String queues = browser.text(By.id("queue-tabs"));
            assertTrue(
                    queues.contains("My cases (")
                            && !queues.contains("My cases (0)")
                            && !queues.contains("Unassigned (0)"),
                    "the reviewer has cases, and some wait to be claimed: " + queues);
            browser.screenshot("demo-reviewer-queues");

            // Drafts are their submitters' alone: no staff search shows them; the submitter's progress summary does.
            browser.signOut();
            browser.signIn("submitter", DemoAccounts.PASSWORD);
            String home = browser.text(By.tagName("main"));
            for (String status :
                    List.of("Draft in Progress", "Draft Complete", "Submitted", "Approved", "Denied", "Withdrawn")) {
                assertTrue(
                        home.contains(status),
                        "the submitter's progress summary shows a request " + status + ":\n" + home);
            }
            browser.screenshot("demo-portal-progress-summary");
        }
        assertFalse(Mailboxes.to(smtp, "pat.submitter@example.org").isEmpty(), "the demo's notifications were mailed");
    }

    @Test
    @Order(2)
    void aRestartFilesNoSecondSet() {
        server.stop();
        start();
        String log = String.join("\n", newLogLines());
        assertFalse(log.contains("Filed 60 demo cases"), "no second set:\n" + log);
        assertTrue(log.contains("none are added"), "the log says why nothing was added:\n" + log);
        try (Browser browser = new Browser(base())) {
            browser.signIn("supervisor", DemoAccounts.PASSWORD);
            for (Map.Entry<String, Integer> before : countsAtFirstStart.entrySet()) {
                browser.open("reviewer/search.xhtml?q=" + before.getKey());
                assertEquals(
                        before.getValue(),
                        count(browser),
                        before.getKey() + " finds as many cases as before the restart");
            }
        }
    }

    private static int count(Browser browser) {
        String range = browser.text(By.id("range"));
        if (range.contains("No cases match")) {
            return 0;
        }
        Matcher matcher = CASE_COUNT.matcher(range);
        assertTrue(matcher.find(), "the range names the number of cases: " + range);
        return Integer.parseInt(matcher.group(1).replace(",", ""));
    }

    private void start() {
        logLinesBefore = logLines().size();
        // Ready only once the demo cases are filed and indexed (ReadyAnnouncement waits for DemoCases).
        server.startAndAwait(
                () -> newLogLines().stream().anyMatch(line -> line.contains("Review Desk is ready")), STARTUP_PATIENCE);
    }

    private List<String> newLogLines() {
        List<String> lines = logLines();
        return lines.subList((int) Math.min(logLinesBefore, lines.size()), lines.size());
    }

    private List<String> logLines() {
        return server.logLines();
    }

    private URL base() {
        return server.applicationUrl();
    }
}
