package org.reviewdesk.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.reviewdesk.security.DemoAccounts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

        assertEquals("1 rows of Clinicians imported; 2 refused.", browser.waitForText(By.id("report-summary"), "imported"));
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
}
