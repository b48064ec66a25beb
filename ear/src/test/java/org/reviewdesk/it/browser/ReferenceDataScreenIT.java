package org.reviewdesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.reviewdesk.it.Eventually;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.security.DemoAccounts;

/** An administrator imports a clinicians file with bad rows through the screen, and a submitter sees the result. */
class ReferenceDataScreenIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestDeployments.shipped();
    }

    @TempDir
    Path folder;

    @Test
    void badRowsAreReportedByLineAndGoodRowsAreKeptAndUsedToPrePopulateRequests() throws IOException {
        Path file = folder.resolve("clinicians.csv");
        Files.writeString(file, """
                npi,name,clinician_type
                1245319599,Jordan Example,Nurse Practitioner
                1234567890,Bad Check,Doctor of Medicine
                12345,Too Short,Doctor of Medicine
                """);
        browser.signIn("admin", DemoAccounts.PASSWORD);
        browser.click(By.id("reference-data"));
        long before = Long.parseLong(browser.text(By.id("count-clinicians")));

        browser.attach(By.id("import:file_input"), file);

        assertEquals(
                "1 rows of Clinicians imported; 2 refused.", browser.waitForText(By.id("report-summary"), "imported"));
        String problems = browser.text(By.id("import:problems"));
        assertTrue(problems.contains("3 npi: This is not a valid NPI (its check digit does not match)"), problems);
        assertTrue(problems.contains("4 npi: An NPI is exactly 10 digits; \"12345\" is not"), problems);
        assertEquals(before + 1, Long.parseLong(browser.text(By.id("count-clinicians"))));
        browser.screenshot("admin-reference-data-import");
        browser.signOut();

        browser.signIn("submitter", DemoAccounts.PASSWORD);
        browser.click(By.cssSelector("[id='summary:add-new']"));
        browser.click(By.id("continue"));
        browser.click(By.cssSelector("label[for='editor:type:0']"));
        browser.waitForText(By.cssSelector("label[for='editor:identifier']"), "Clinician NPI");
        browser.type(By.id("editor:identifier"), "1245319599");
        browser.click(By.id("editor:continue"));
        assertEquals("Jordan Example", browser.waitForText(By.id("details-name"), "Jordan Example"));
        assertEquals("Nurse Practitioner", browser.text(By.id("details-clinician-type")));
    }

    @Test
    void anAdministratorFindsAnImportedClinicianAndSeesTheImportThatBroughtItWithItsReport() throws IOException {
        String npi =
                validNpi("1" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
        String name = "Quinn Browsable " + UUID.randomUUID().toString().substring(0, 8);
        Path file = folder.resolve("clinicians-browse.csv");
        Files.writeString(
                file,
                "npi,name,clinician_type\n" + npi + "," + name
                        + ",Physical Therapist\n12345,Too Short,Doctor of Medicine\n");
        browser.signIn("admin", DemoAccounts.PASSWORD);
        browser.click(By.id("reference-data"));
        browser.attach(By.id("import:file_input"), file);
        browser.waitForText(By.id("report-summary"), "imported");

        browser.click(By.id("browse"));
        browser.type(By.id("browse:search"), name.substring(name.length() - 8));
        // As a person watches the list: until it shows only the clinician searched for.
        String row = Eventually.await(
                        "only the clinician searched for",
                        () -> {
                            browser.settle();
                            return (List<?>)
                                    browser.script(
                                            "return Array.from(document.querySelectorAll('tr.rd-reference-row')).map(r => r.innerText);");
                        },
                        rows -> rows.size() == 1)
                .getFirst()
                .toString();
        assertTrue(row.contains(npi), row);
        assertTrue(row.contains(name), row);
        assertTrue(row.contains("Physical Therapist"), row);
        assertTrue(row.contains("by Alex Admin"), "who ran the import that brought it: " + row);

        browser.click(By.cssSelector(".rd-reference-import"));
        assertEquals(
                "Import of clinicians-browse.csv",
                browser.waitForText(By.id("report-heading"), "clinicians-browse.csv"));
        String summary = browser.text(By.id("report-summary"));
        assertTrue(summary.contains("1 rows imported; 1 refused"), summary);
        assertTrue(summary.contains("by Alex Admin"), summary);
        assertTrue(
                browser.text(By.id("report-problems")).contains("line 3: npi: An NPI is exactly 10 digits"),
                browser.text(By.id("report-problems")));
        assertTrue(
                browser.text(By.id("imports-form:imports")).contains("clinicians-browse.csv"), "the import is listed");
        assertEquals(List.of(), Axe.seriousOrCriticalViolations(browser), "axe on the reference data browser");
        browser.screenshot("admin-reference-data-browse");
    }

    /** A valid NPI from nine digits: the Luhn check digit over the prefix 80840 and them (CMS's NPI standard). */
    private static String validNpi(String nineDigits) {
        String digits = "80840" + nineDigits;
        int sum = 0;
        for (int i = digits.length() - 1, position = 0; i >= 0; i--, position++) {
            int digit = digits.charAt(i) - '0';
            if (position % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return nineDigits + (10 - sum % 10) % 10;
    }
}
