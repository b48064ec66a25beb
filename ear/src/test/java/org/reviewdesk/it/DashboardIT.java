package org.reviewdesk.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.reviewdesk.security.DemoAccounts;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The supervisor's dashboard in a real browser: its charts and their tables show the numbers the test counts itself in
 * SQL ({@link DashboardProbe}), and a click on a reviewer's bar opens the queue of that reviewer's open cases. The
 * screenshot is that of docs/user-guide-reviewer.md's supervisor section.
 */
class DashboardIT extends BrowserTest {

    private static final Path EVIDENCE = TestDeployments.sharedFile("corpus/documents/testPDF.pdf");
    private static final String REVIEWER = "Riley Reviewer";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestDeployments.withProbe(DashboardProbe.class);
    }

    @Test
    void theChartsShowWhatTheDatabaseCountsAndABarOpensThatReviewersQueue() {
        ApiFiling registry = ApiFiling.issuedBy(browser, "Dashboard Registry " + UUID.randomUUID().toString().substring(0, 6));
        // The demo reviewer has at least this case open, however many earlier tests left.
        StaffScreens.claimedByTheReviewer(browser, () -> registry.file("dash-" + UUID.randomUUID(), "SUBMISSION",
                "pat.submitter@example.org", EVIDENCE, "The dashboard counts this case among the reviewer's open ones."));
        browser.signOut();

        browser.signIn("supervisor", DemoAccounts.PASSWORD);
        browser.open("supervisor/home.xhtml");
        Properties counted = counted();

        Map<String, List<Long>> open = table("open-by-reviewer");
        open.forEach((reviewer, numbers) -> assertEquals(List.of(count(counted, "open." + reviewer)), numbers, reviewer));
        assertEquals(count(counted, "open"), total(open), "every open case is on some reviewer's bar or the unassigned one");
        assertTrue(open.get(REVIEWER).getFirst() >= 1, "the reviewer's claimed case is counted: " + open);
        assertEquals(open, chart("open-by-reviewer"), "the bars show the table's numbers");

        Map<String, List<Long>> aging = table("aging");
        assertEquals(count(counted, "open"), total(aging), "every open case is in one age bucket: " + aging);
        assertEquals(aging, chart("aging"));

        Map<String, List<Long>> outcomes = table("outcomes");
        List<String> statuses = List.of("APPROVED", "DENIED", "WITHDRAWN");
        outcomes.forEach((year, numbers) -> {
            for (int i = 0; i < statuses.size(); i++) {
                assertEquals(count(counted, "outcome." + year + "." + statuses.get(i)), numbers.get(i), year + " " + statuses.get(i));
            }
        });
        assertEquals(counted.stringPropertyNames().stream().filter(name -> name.startsWith("outcome.")).mapToLong(name -> count(counted, name)).sum(),
                total(outcomes), "every decided or withdrawn case is in the outcomes");
        assertEquals(outcomes, chart("outcomes"));
        assertEquals(table("by-week"), chart("by-week"));
        assertEquals(table("documentation"), chart("documentation"));

        assertEquals(List.of(), Axe.seriousOrCriticalViolations(browser), "the dashboard passes axe (WCAG 2.1 AA)");
        browser.scrollTo(By.id("dashboard-heading"));
        browser.screenshot("supervisor-dashboard");

        long reviewersOpen = open.get(REVIEWER).getFirst();
        clickBar("open-by-reviewer", List.copyOf(open.keySet()).indexOf(REVIEWER), 0);
        assertEquals("/reviewer/home.xhtml?queue=ALL_OPEN&reviewer=reviewer", browser.currentPath());
        assertEquals("All open cases (" + reviewersOpen + ")", browser.text(By.cssSelector(".rd-queue-tab.rd-current")));
        assertEquals(REVIEWER, browser.text(By.id("queues:filter-reviewer_label")));
        assertTrue(browser.text(By.id("queues:cases")).contains("of " + reviewersOpen), "the list holds the bar's cases");
        @SuppressWarnings("unchecked")
        List<String> reviewers = (List<String>) browser.script("return Array.from(document.querySelectorAll('.rd-queue-row .rd-row-reviewer'))"
                + ".map(cell => cell.textContent.trim());");
        assertEquals(Math.min(reviewersOpen, 25), (long) reviewers.size());
        assertTrue(reviewers.stream().allMatch(REVIEWER::equals), "only the reviewer's cases: " + reviewers);
    }

    /** The test's own count, from the probe in the server. */
    private Properties counted() {
        String body = Http.send(HttpClient.newHttpClient(),
                HttpRequest.newBuilder(URI.create(browser.url(DashboardProbe.PATH))).GET().build()).body();
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

    private static long total(Map<String, List<Long>> figure) {
        return figure.values().stream().flatMap(List::stream).mapToLong(Long::longValue).sum();
    }

    /** A figure's accessible table: each row's header and its numbers, as a person reads them. */
    @SuppressWarnings("unchecked")
    private Map<String, List<Long>> table(String figure) {
        List<List<String>> rows = (List<List<String>>) browser.script("return Array.from(document.querySelectorAll('#' + arguments[0] + '-table tbody tr'))"
                + ".map(tr => Array.from(tr.children).map(cell => cell.textContent.trim()));", figure);
        Map<String, List<Long>> numbers = new LinkedHashMap<>();
        rows.forEach(row -> numbers.put(row.getFirst(), row.subList(1, row.size()).stream().map(Long::valueOf).toList()));
        return numbers;
    }

    /** What the figure's chart draws: each bar group's label and its numbers, from Chart.js itself. */
    @SuppressWarnings("unchecked")
    private Map<String, List<Long>> chart(String figure) {
        List<List<Object>> groups = (List<List<Object>>) browser.script("const c = PrimeFaces.getWidgetById('dashboard:' + arguments[0] + '-chart').chart;"
                + " return c.data.labels.map((label, i) => [label].concat(c.data.datasets.map(d => d.data[i])));", figure);
        Map<String, List<Long>> numbers = new LinkedHashMap<>();
        groups.forEach(group -> numbers.put((String) group.getFirst(),
                group.subList(1, group.size()).stream().map(n -> ((Number) n).longValue()).toList()));
        return numbers;
    }

    /** Clicks the middle of a bar, where Chart.js drew it. */
    @SuppressWarnings("unchecked")
    private void clickBar(String figure, int index, int series) {
        List<Number> middle = (List<Number>) browser.script("const e = PrimeFaces.getWidgetById('dashboard:' + arguments[0] + '-chart').chart"
                + ".getDatasetMeta(arguments[2]).data[arguments[1]]; return [e.x, (e.y + e.base) / 2];", figure, index, series);
        browser.clickAt(By.cssSelector("[id='dashboard:" + figure + "-chart'] canvas"), middle.get(0).doubleValue(), middle.get(1).doubleValue());
    }
}
