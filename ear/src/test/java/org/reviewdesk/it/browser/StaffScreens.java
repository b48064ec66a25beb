package org.reviewdesk.it.browser;

import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.reviewdesk.it.Browser;
import org.reviewdesk.security.DemoAccounts;

/** Steps on the staff screens that the browser tests share. */
final class StaffScreens {

    private StaffScreens() {}

    /** The supervisor's switch on the workload page; the browser is signed in as a supervisor. */
    static void switchAutomaticAssignment(Browser browser, boolean on) {
        browser.open("supervisor/home.xhtml");
        boolean isOn = browser.text(By.id("automatic-state")).contains("Automatic assignment is on");
        if (isOn != on) {
            browser.click(By.id("workload-form:switch-automatic"));
            browser.waitForText(By.id("automatic-state"), on ? "is on" : "is off");
        }
    }

    /**
     * A case for the demo reviewer, whoever automatic assignment would choose by then (it picks the reviewer with the
     * fewest open cases, which depends on every test before): filed while the supervisor has automatic assignment
     * off, then claimed by the reviewer from the unassigned queue. The browser ends signed in as the reviewer, on the
     * case page.
     */
    static String claimedByTheReviewer(Browser browser, Supplier<String> filing) {
        browser.signIn("supervisor", DemoAccounts.PASSWORD);
        String displayId;
        switchAutomaticAssignment(browser, false);
        try {
            displayId = filing.get();
        } finally {
            switchAutomaticAssignment(browser, true);
            browser.signOut();
        }
        browser.signIn("reviewer", DemoAccounts.PASSWORD);
        browser.click(By.cssSelector(".rd-queue-unassigned"));
        newestFirst(browser);
        browser.click(By.xpath("//tr[.//a[text()='" + displayId + "']]//button[contains(@class,'rd-claim')]"));
        browser.waitForText(By.id("queues:messages"), "You claimed " + displayId);
        openFromMyQueue(browser, displayId);
        return displayId;
    }

    /**
     * The reviewer opens a case of theirs from the "Mine" queue, newest first: earlier tests leave the demo reviewer
     * more cases than a page shows, oldest first.
     */
    static void openFromMyQueue(Browser browser, String displayId) {
        browser.click(By.cssSelector(".rd-queue-mine"));
        newestFirst(browser);
        browser.click(By.linkText(displayId));
    }

    /** The queue's order menu set to newest first. */
    static void newestFirst(Browser browser) {
        browser.click(By.id("queues:order"));
        browser.click(By.xpath("//li[contains(@class,'ui-selectonemenu-item') and text()='Newest first']"));
        browser.settle();
    }
}
