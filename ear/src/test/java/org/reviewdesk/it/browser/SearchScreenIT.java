package org.reviewdesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.reviewdesk.it.Eventually;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.security.DemoAccounts;

/**
 * Search in a real browser: a supervisor finds cases by a word inside an attached file, narrows by a facet, saves
 * the search, reassigns the hits; the case page warns of a duplicate and lists similar cases; the administrator
 * checks and rebuilds the index. The screenshots are those of docs/search.md and docs/user-guide-reviewer.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchScreenIT extends BrowserTest {

    private static final Path PRESENTATION = TestDeployments.sharedFile("corpus/documents/testPPT.pptx");
    private static final Path QRDA = TestDeployments.sharedFile("corpus/qrda/App1-Group-QRDA-III.xml");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestDeployments.shipped();
    }

    @Test
    @Order(1)
    void aSupervisorFindsNarrowsSavesAndReassignsAndTheCasePageShowsDuplicatesAndSimilarCases() {
        ApiFiling registry = ApiFiling.issuedBy(
                browser, "Search Registry " + UUID.randomUUID().toString().substring(0, 6));
        String explanation =
                "The quality measures we reported for the clinician were not scored; the performance feedback shows none.";
        String first = registry.file(
                "search-" + UUID.randomUUID(),
                "MEASURE_ACTIVITY",
                "pat.submitter@example.org",
                PRESENTATION,
                explanation);
        String second = registry.file(
                "search-" + UUID.randomUUID(), "SUBMISSION", "pat.submitter@example.org", QRDA, explanation);

        browser.signIn("supervisor", DemoAccounts.PASSWORD);
        browser.click(By.cssSelector("[id$='to-search']"));
        // A word that occurs only inside the presentation attached to the first case. Filed is not yet indexed: the
        // index is updated from a queue after intake, once a reader process has read the file.
        String hits = searchUntilFound("avalanche", first);
        assertFalse(hits.contains(second), "only the case whose file has the word");
        assertTrue(
                browser.text(By.cssSelector(".rd-match")).startsWith("File testPPT.pptx"),
                browser.text(By.cssSelector(".rd-match")));
        assertEquals("avalanche", browser.text(By.cssSelector(".rd-match mark")).toLowerCase());
        browser.screenshot("search-file-match");

        // Both cases by the clinician's NPI; then narrowed by a facet.
        assertTrue(searchUntilFound("npi:1158813992 \"performance feedback shows none\"", second)
                .contains(first));
        browser.screenshot("search-results");
        browser.click(By.xpath("//section[contains(@class,'rd-facet-issue')]//a[.//span[text()='Submission']]"));
        browser.waitForText(By.id("range"), "1–1 of 1 case");
        assertTrue(browser.text(By.cssSelector(".rd-hits")).contains(second));
        browser.click(By.id("search:clear-filters"));
        browser.waitForText(By.id("range"), "of 2 cases");

        // Saved under a name, and run again from the list.
        browser.click(By.id("search:save-search"));
        browser.type(By.id("save-search-form:save-as"), "Unscored measures");
        browser.click(By.id("save-search-form:confirm-save-search"));
        browser.waitForText(By.id("saved-searches"), "Unscored measures");
        browser.type(By.id("search:query"), "something else entirely");
        browser.click(By.id("search:run-search"));
        browser.waitForText(By.id("range"), "No cases match");
        browser.click(By.linkText("Unscored measures"));
        browser.waitForText(By.id("range"), "of 2 cases");
        assertEquals(
                "npi:1158813992 \"performance feedback shows none\"",
                browser.find(By.id("search:query")).getAttribute("value"));

        // Both hits reassigned at once.
        browser.click(By.cssSelector(".rd-hit:nth-of-type(1) .rd-select-hit .ui-chkbox-box"));
        browser.click(By.cssSelector(".rd-hit:nth-of-type(2) .rd-select-hit .ui-chkbox-box"));
        browser.waitForText(By.id("search:reassign-selected"), "(2)");
        browser.click(By.id("search:reassign-selected"));
        browser.click(By.id("reassign-form:reassign-to"));
        browser.click(By.xpath("//li[contains(@class,'ui-selectonemenu-item') and text()='Morgan Supervisor']"));
        browser.type(By.id("reassign-form:reassign-reason"), "Morgan takes the unscored measures this month");
        browser.click(By.id("reassign-form:confirm-reassign"));
        browser.waitForText(By.id("search:messages"), "2 cases reassigned to Morgan Supervisor");
        assertTrue(browser.text(By.cssSelector(".rd-hits")).contains("Reviewer: Morgan Supervisor"));

        // The case page: a duplicate warning (same NPI, same year, both open) and the other case among similar ones.
        browser.click(By.linkText(first));
        assertTrue(browser.text(By.id("duplicate-warning")).contains(second), browser.text(By.id("duplicate-warning")));
        browser.scrollTo(By.id("similar-cases"));
        assertTrue(
                browser.text(By.id("similar-cases")).contains(second),
                "the case with the same explanation reads alike");
        browser.screenshot("case-similar-cases");
        browser.signOut();
    }

    @Test
    @Order(3)
    void aGroupsTinIsMaskedInTheHitsAsEverywhereElse() {
        ApiFiling registry = ApiFiling.issuedBy(
                browser, "Search Registry " + UUID.randomUUID().toString().substring(0, 6));
        String tin = String.valueOf(100_000_000 + new java.util.Random().nextInt(899_999_999));
        String group = registry.fileForGroup(
                "search-" + UUID.randomUUID(),
                tin,
                "GENERAL",
                "pat.submitter@example.org",
                PRESENTATION,
                "Our group's scores were computed without the improvement activities we reported.");

        browser.signIn("supervisor", DemoAccounts.PASSWORD);
        browser.open("reviewer/search.xhtml?q=tin:" + tin);
        String facts = browser.waitForText(By.cssSelector(".rd-hit-facts"), "*****" + tin.substring(5));
        assertTrue(browser.text(By.cssSelector(".rd-hits")).contains(group));
        assertFalse(facts.contains(tin), "the whole TIN is never shown: " + facts);
        browser.signOut();
    }

    /**
     * A passage is the case's text with the matching word marked: markup in the text is shown as written and never
     * becomes an element (the old page inserted server-made HTML unescaped; this guards that no passage ever can).
     */
    @Test
    @Order(4)
    void markupInACasesTextShowsAsWrittenInItsPassageAndOnlyTheMatchIsMarked() {
        ApiFiling registry = ApiFiling.issuedBy(
                browser, "Search Registry " + UUID.randomUUID().toString().substring(0, 6));
        String word = "quokka" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
        String hostile = "<script>alert(1)</script> and <img src=x onerror=alert(2)>";
        String filed = registry.file(
                "search-" + UUID.randomUUID(),
                "GENERAL",
                "pat.submitter@example.org",
                PRESENTATION,
                "Our registry's export said " + hostile + " beside the " + word + " count.");

        browser.signIn("supervisor", DemoAccounts.PASSWORD);
        // Filed is not yet indexed: the index is updated from a queue after intake.
        Eventually.await(
                "the case in the search index",
                () -> {
                    browser.open("reviewer/search.xhtml?q=" + word);
                    return browser.text(By.cssSelector(".rd-hits"));
                },
                hits -> hits.contains(filed));
        String passage = browser.text(By.cssSelector(".rd-match-text"));
        assertTrue(passage.contains(hostile + " beside the " + word), passage);
        assertEquals(word, browser.text(By.cssSelector(".rd-match-text mark")));
        assertEquals(
                0L,
                browser.script("return document.querySelectorAll('.rd-matches script, .rd-matches img').length"),
                "no element made from the case's text");
        browser.signOut();
    }

    /** After the first test, so the index holds its cases. */
    @Test
    @Order(2)
    void theAdministratorChecksAndRebuildsTheIndexWhileSearchAnswers() {
        browser.signIn("admin", DemoAccounts.PASSWORD);
        browser.click(By.id("search-index"));
        browser.click(By.id("index-form:run-check"));
        String check = browser.waitForText(By.id("check-result"), "onsistent");
        assertTrue(check.startsWith("Consistent") || check.startsWith("Not consistent"), check);
        browser.click(By.id("index-form:start-rebuild"));
        String rebuilt = browser.waitForText(By.id("rebuild-state"), "Rebuilt");
        assertFalse(rebuilt.startsWith("Rebuilt 0 "), rebuilt);
        assertEquals("100%", browser.text(By.cssSelector("#index-form\\:rebuild-progress .ui-progressbar-label")));
        browser.click(By.id("index-form:run-check"));
        browser.waitForText(By.id("check-result"), "Consistent: every case is in the index once");
        browser.screenshot("admin-search-index");
        browser.signOut();
    }

    /** Runs the query from the search form until the hits name {@code expected} (a case the index has yet to hear of). */
    private String searchUntilFound(String query, String expected) {
        return Eventually.await(
                "the case " + expected + " found by " + query,
                () -> {
                    browser.type(By.id("search:query"), query);
                    browser.click(By.id("search:run-search"));
                    return browser.text(By.cssSelector(".rd-hits"));
                },
                hits -> hits.contains(expected));
    }
}
