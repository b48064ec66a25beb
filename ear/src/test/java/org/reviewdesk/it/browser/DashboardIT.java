package org.reviewdesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.reviewdesk.it.Eventually;
import org.reviewdesk.it.Http;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.request.DecisionReason;
import org.reviewdesk.security.DemoAccounts;

/**
 * The supervisor's dashboard in a real browser: its charts and their tables show the numbers the test counts itself in
 * SQL ({@link DashboardProbe}); a click on a denial reason's bar opens the search of those denials, and a click on a
 * reviewer's bar the queue of that reviewer's open cases. The
 * screenshot is that of docs/user-guide-reviewer.md's supervisor section.
 */
class DashboardIT extends BrowserTest {

    private static final Path EVIDENCE = TestDeployments.sharedFile("corpus/documents/testPDF.pdf");
    private static final String REVIEWER = "Riley Reviewer";
    /** The performance year ApiFiling files for, as the dashboard names it. */
    private static final String LAST_YEAR = "PY" + (Year.now().getValue() - 1);

    private static final String SCORING = DecisionReason.SCORING_METHODOLOGY.label();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestDeployments.withProbe(DashboardProbe.class);
    }

    @Test
    void theChartsShowWhatTheDatabaseCountsAndABarOpensThatReviewersQueue() {
        ApiFiling registry = ApiFiling.issuedBy(
                browser, "Dashboard Registry " + UUID.randomUUID().toString().substring(0, 6));
        // Two cases: the demo reviewer claims one, so they have at least that one open however many earlier tests
        // left; the other waits unassigned until the supervisor denies it.
        String[] denied = new String[1];
        StaffScreens.claimedByTheReviewer(browser, () -> {
            denied[0] = registry.file(
                    "dash-" + UUID.randomUUID(),
                    "SUBMISSION",
                    "pat.submitter@example.org",
                    EVIDENCE,
                    "We disagree with the scoring methodology.");
            return registry.file(
                    "dash-" + UUID.randomUUID(),
                    "SUBMISSION",
                    "pat.submitter@example.org",
                    EVIDENCE,
                    "The dashboard counts this case among the reviewer's open ones.");
        });
        browser.signOut();
        browser.signIn("supervisor", DemoAccounts.PASSWORD);
        deny(denied[0], "Scoring methodology (not subject to review)");

        browser.open("supervisor/home.xhtml");
        Properties counted = counted();

        Map<String, List<Long>> open = table("open-by-reviewer");
        open.forEach(
                (reviewer, numbers) -> assertEquals(List.of(count(counted, "open." + reviewer)), numbers, reviewer));
        assertEquals(
                count(counted, "open"), total(open), "every open case is on some reviewer's bar or the unassigned one");
        assertTrue(open.get(REVIEWER).getFirst() >= 1, "the reviewer's claimed case is counted: " + open);
        assertEquals(open, chart("open-by-reviewer"), "the bars show the table's numbers");

        Map<String, List<Long>> aging = table("aging");
        assertEquals(count(counted, "open"), total(aging), "every open case is in one age bucket: " + aging);
        assertEquals(aging, chart("aging"));

        Map<String, List<Long>> outcomes = table("outcomes");
        List<String> statuses = List.of("APPROVED", "DENIED", "WITHDRAWN");
        outcomes.forEach((year, numbers) -> {
            for (int i = 0; i < statuses.size(); i++) {
                assertEquals(
                        count(counted, "outcome." + year + "." + statuses.get(i)),
                        numbers.get(i),
                        year + " " + statuses.get(i));
            }
        });
        assertEquals(sum(counted, "outcome."), total(outcomes), "every decided or withdrawn case is in the outcomes");
        assertTrue(outcomes.get(LAST_YEAR).get(1) >= 1, "the denial is counted: " + outcomes);
        assertEquals(outcomes, chart("outcomes"));
        assertEquals(table("by-week"), chart("by-week"));
        assertEquals(table("documentation"), chart("documentation"));

        browser.click(By.id("dashboard:reasons-year"));
        browser.click(By.xpath("//li[contains(@class,'ui-selectonemenu-item') and text()='" + LAST_YEAR + "']"));
        browser.waitForText(By.id("denial-reasons-heading"), "Top denial reasons, " + LAST_YEAR);
        Map<String, List<Long>> reasons = table("denial-reasons");
        Map<String, Long> deniedByReason = new LinkedHashMap<>();
        counted.stringPropertyNames().stream()
                .filter(name -> name.startsWith("denied." + LAST_YEAR + "."))
                .forEach(name -> deniedByReason.put(
                        DecisionReason.valueOf(name.substring(name.lastIndexOf('.') + 1))
                                .label(),
                        count(counted, name)));
        reasons.forEach((reason, numbers) -> assertEquals(List.of(deniedByReason.get(reason)), numbers, reason));
        assertEquals(
                Math.min(deniedByReason.size(), 5),
                reasons.size(),
                "the five most frequent reasons, or all: " + deniedByReason);
        assertEquals(reasons, chart("denial-reasons"));

        assertEquals(List.of(), Axe.seriousOrCriticalViolations(browser), "the dashboard passes axe (WCAG 2.1 AA)");
        browser.scrollTo(By.id("dashboard-heading"));
        browser.screenshot("supervisor-dashboard");

        long scoring = reasons.get(SCORING).getFirst();
        clickBar("denial-reasons", List.copyOf(reasons.keySet()).indexOf(SCORING), 0);
        assertEquals(
                "/reviewer/search.xhtml?q="
                        + URLEncoder.encode(
                                "year:" + LAST_YEAR.substring(2) + " status:denied reason:scoring_methodology",
                                StandardCharsets.UTF_8),
                browser.currentPath());
        String path = browser.currentPath();
        // The index follows the denial a moment after it is committed.
        Eventually.await(
                "the search to list the bar's cases",
                () -> {
                    browser.open(path);
                    return browser.text(By.id("range"));
                },
                range -> range.endsWith(" of " + scoring + (scoring == 1 ? " case" : " cases")));

        browser.open("supervisor/home.xhtml");
        long reviewersOpen = table("open-by-reviewer").get(REVIEWER).getFirst();
        clickBar("open-by-reviewer", List.copyOf(open.keySet()).indexOf(REVIEWER), 0);
        assertEquals("/reviewer/home.xhtml?queue=ALL_OPEN&reviewer=reviewer", browser.currentPath());
        assertEquals(
                "All open cases (" + reviewersOpen + ")", browser.text(By.cssSelector(".rd-queue-tab.rd-current")));
        assertEquals(REVIEWER, browser.text(By.id("queues:filter-reviewer_label")));
        assertTrue(
                browser.text(By.id("queues:cases")).contains("of " + reviewersOpen), "the list holds the bar's cases");
        @SuppressWarnings("unchecked")
        List<String> reviewers = (List<String>)
                browser.script("return Array.from(document.querySelectorAll('.rd-queue-row .rd-row-reviewer'))"
                        + ".map(cell => cell.textContent.trim());");
        assertEquals(Math.min(reviewersOpen, 25), (long) reviewers.size());
        assertTrue(reviewers.stream().allMatch(REVIEWER::equals), "only the reviewer's cases: " + reviewers);
    }

    /** The supervisor denies an unassigned case, found in the unassigned queue the dashboard's links open too. */
    private void deny(String displayId, String reason) {
        browser.open("reviewer/home.xhtml?queue=UNASSIGNED");
        StaffScreens.newestFirst(browser);
        browser.click(By.linkText(displayId));
        CaseScreen casePage = new CaseScreen(browser);
        casePage.decide(CaseScreen.Outcome.DENY, reason, "The scoring methodology is not subject to targeted review.");
        casePage.confirm("Denied");
    }

    /** The test's own count, from the probe in the server. */
    private Properties counted() {
        String body = Http.send(
                        HttpClient.newHttpClient(),
                        HttpRequest.newBuilder(URI.create(browser.url(DashboardProbe.PATH)))
                                .GET()
                                .build())
                .body();
        Properties counts = new Properties();
        try {
            counts.load(new StringReader(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    private static long count(Properties counts, String name) {
        return Long.parseLong(counts.getProperty(name, "0"));
    }

    private static long sum(Properties counts, String prefix) {
        return counts.stringPropertyNames().stream()
                .filter(name -> name.startsWith(prefix))
                .mapToLong(name -> count(counts, name))
                .sum();
    }

    private static long total(Map<String, List<Long>> figure) {
        return figure.values().stream()
                .flatMap(List::stream)
                .mapToLong(Long::longValue)
                .sum();
    }

    /** A figure's accessible table: each row's header and its numbers, as a person reads them. */
    @SuppressWarnings("unchecked")
    private Map<String, List<Long>> table(String figure) {
        List<List<String>> rows = (List<List<String>>) browser.script(
                "return Array.from(document.querySelectorAll('#' + arguments[0] + '-table tbody tr'))"
                        + ".map(tr => Array.from(tr.children).map(cell => cell.textContent.trim()));",
                figure);
        Map<String, List<Long>> numbers = new LinkedHashMap<>();
        rows.forEach(row -> numbers.put(
                row.getFirst(),
                row.subList(1, row.size()).stream().map(Long::valueOf).toList()));
        return numbers;
    }

    /** What the figure's chart draws: each bar group's label and its numbers, from Chart.js itself (nothing when no chart is drawn). */
    @SuppressWarnings("unchecked")
    private Map<String, List<Long>> chart(String figure) {
        List<List<Object>> groups = (List<List<Object>>) browser.script(
                "const w = PrimeFaces.getWidgetById('dashboard:' + arguments[0] + '-chart');"
                        + " if (!w) { return []; } const c = w.chart;"
                        + " return c.data.labels.map((label, i) => [label].concat(c.data.datasets.map(d => d.data[i])));",
                figure);
        Map<String, List<Long>> numbers = new LinkedHashMap<>();
        groups.forEach(group -> numbers.put(
                (String) group.getFirst(),
                group.subList(1, group.size()).stream()
                        .map(n -> ((Number) n).longValue())
                        .toList()));
        return numbers;
    }

    /** Clicks the middle of a bar, where Chart.js drew it. */
    @SuppressWarnings("unchecked")
    private void clickBar(String figure, int index, int series) {
        List<Number> middle = (List<Number>) browser.script(
                "const e = PrimeFaces.getWidgetById('dashboard:' + arguments[0] + '-chart').chart"
                        + ".getDatasetMeta(arguments[2]).data[arguments[1]].getCenterPoint(); return [e.x, e.y];",
                figure,
                index,
                series);
        browser.clickAt(
                By.cssSelector("[id='dashboard:" + figure + "-chart'] canvas"),
                middle.get(0).doubleValue(),
                middle.get(1).doubleValue());
    }
}
