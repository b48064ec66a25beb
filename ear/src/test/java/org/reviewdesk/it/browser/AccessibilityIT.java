package org.reviewdesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.reviewdesk.it.AccountScreens;
import org.reviewdesk.it.Eventually;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.security.DemoAccounts;

/**
 * WCAG 2.1 AA (Section 508) in a real browser: axe-core on every screen of every role with its dialogs open, each
 * screen again on a 390 px wide phone, the keyboard focus after a step change and after a dialog closes, Space and
 * Enter on the controls, and the queue table's headers at 1360 px. docs/accessibility.md lists the screens.
 */
class AccessibilityIT extends BrowserTest {

    private static final String SUBMITTER_EMAIL = "pat.submitter@example.org";
    private static final Path EVIDENCE = TestDeployments.sharedFile("corpus/documents/testPDF.pdf");
    private static final String VALERIE_SHEA_NPI = "1158813992";
    private static final int DESKTOP_WIDTH = 1280;
    private static final int DESKTOP_HEIGHT = 900;
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    /** Null when the page does not scroll sideways; otherwise how wide it is and the outermost elements that stick out. */
    private static final String SIDEWAYS_SCROLLING = """
            var width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= width) { return null; }
            var outermost = [];
            document.querySelectorAll('body *').forEach(function (e) {
                var right = e.getBoundingClientRect().right;
                if (right > width + 1 && e.parentElement.getBoundingClientRect().right <= width + 1) {
                    var classes = typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '';
                    outermost.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + classes + ' (to ' + Math.round(right) + ' px)');
                }
            });
            return document.documentElement.scrollWidth + ' px wide in a ' + width + ' px window; sticking out: ' + outermost.slice(0, 6).join(', ');
            """;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestDeployments.shipped();
    }

    private final List<String> screens = new ArrayList<>();
    private final Map<String, List<String>> violations = new LinkedHashMap<>();
    private final Map<String, String> tooWide = new LinkedHashMap<>();

    @Test
    void everyScreenOfEveryRoleWithItsDialogsOpenHasNoSeriousViolationAndFitsAPhone() {
        browser.resize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        signedOutScreens();
        ApiFiling registry = ApiFiling.issuedBy(
                browser, "Access Registry " + UUID.randomUUID().toString().substring(0, 6));
        administratorScreens();
        String displayId = StaffScreens.claimedByTheReviewer(
                browser,
                () -> registry.file(
                        "a11y-" + UUID.randomUUID(),
                        "SUBMISSION",
                        SUBMITTER_EMAIL,
                        EVIDENCE,
                        "Our file carried the TIN of the clinician's former practice."));
        browser.signOut();
        reviewerScreens(displayId);
        submitterScreens(displayId);
        supervisorScreens(displayId);

        System.out.println(
                "Accessibility checked on " + screens.size() + " screens:\n  " + String.join("\n  ", screens));
        assertAll(
                () -> assertTrue(
                        violations.isEmpty(),
                        () -> violations.values().stream().mapToInt(List::size).sum()
                                + " serious or critical axe-core violations on " + violations.size() + " of "
                                + screens.size() + " screens:\n"
                                + violations.entrySet().stream()
                                        .map(e -> e.getKey() + ":\n    " + String.join("\n    ", e.getValue()))
                                        .collect(Collectors.joining("\n"))),
                () -> assertTrue(
                        tooWide.isEmpty(),
                        () -> tooWide.size() + " screens scroll sideways at " + PHONE_WIDTH + " px:\n"
                                + tooWide.entrySet().stream()
                                        .map(e -> e.getKey() + ": " + e.getValue())
                                        .collect(Collectors.joining("\n"))));
    }

    @Test
    void focusMovesToTheNewStepsHeadingAfterEachStepChangeInTheRequestEditor() {
        browser.signIn("submitter", DemoAccounts.PASSWORD);
        startRequest();
        assertFocusOn("step-heading", "after Save & Continue");
        browser.click(By.id("editor:back"));
        browser.waitForText(By.id("step-heading"), "Application Type");
        assertFocusOn("step-heading", "after Back");
        browser.click(railStep("Performance Categories"));
        browser.waitForText(By.id("step-heading"), "Performance Categories");
        assertFocusOn("step-heading", "after choosing a step in the step list");
        browser.click(By.id("editor:save"));
        assertEquals("Step 6: Performance Categories", browser.text(By.id("step-heading")), "Save stays on the step");
    }

    @Test
    void focusReturnsToTheOpenerWhenADialogCloses() {
        browser.signIn("submitter", DemoAccounts.PASSWORD);
        startRequest();
        String heading = browser.text(By.id("request-heading"));
        browser.open("submitter/home.xhtml");
        By rename = By.cssSelector("#" + rowId(heading) + " [id$=':rename']");
        By withdraw = By.cssSelector("#" + rowId(heading) + " [id$=':withdraw']");

        browser.click(rename);
        browser.find(By.id("rename-form:new-title"));
        browser.press(Keys.ESCAPE);
        assertFocusOn(browser.find(rename).getAttribute("id"), "after Escape closed the rename dialog");

        browser.click(rename);
        browser.type(By.id("rename-form:new-title"), "Renamed from the keyboard");
        browser.click(By.id("rename-form:save-name"));
        browser.waitForText(By.id("summary:messages"), "Renamed from the keyboard");
        assertFocusOn(browser.find(rename).getAttribute("id"), "after the rename was saved and the list redrawn");

        browser.click(withdraw);
        browser.click(By.id("withdraw-form:keep"));
        assertFocusOn(browser.find(withdraw).getAttribute("id"), "after Keep my request");
    }

    @Test
    void theDecisionOutcomeAndTheEditorsButtonsAndStepsWorkWithSpaceAndEnter() {
        ApiFiling registry = ApiFiling.issuedBy(
                browser, "Keyboard Registry " + UUID.randomUUID().toString().substring(0, 6));
        String displayId = StaffScreens.claimedByTheReviewer(
                browser,
                () -> registry.file(
                        "keys-" + UUID.randomUUID(), "SUBMISSION", SUBMITTER_EMAIL, EVIDENCE, "Please look again."));

        focus(By.id("case:decide"));
        browser.press(Keys.ENTER);
        browser.find(By.id("decision-form:decision-narrative"));
        By approve = By.cssSelector("[id='decision-form:decision-outcome'] [role=radio]:nth-child(1)");
        By deny = By.cssSelector("[id='decision-form:decision-outcome'] [role=radio]:nth-child(2)");
        focus(deny);
        browser.press(Keys.SPACE);
        assertEquals("true", browser.find(deny).getAttribute("aria-checked"), "Space chose Deny");
        assertEquals("false", browser.find(approve).getAttribute("aria-checked"));
        focus(approve);
        browser.press(Keys.ENTER);
        assertEquals("true", browser.find(approve).getAttribute("aria-checked"), "Enter chose Approve");
        assertEquals("false", browser.find(deny).getAttribute("aria-checked"));
        focus(deny);
        browser.press(Keys.SPACE);
        browser.click(By.id("decision-form:decision-reason"));
        browser.click(
                By.xpath(
                        "//li[contains(@class,'ui-selectonemenu-item') and text()='Scoring methodology (not subject to review)']"));
        browser.type(By.id("decision-form:decision-narrative"), "Chosen with the keyboard.");
        focus(By.id("decision-form:review-decision"));
        browser.press(Keys.SPACE);
        assertTrue(
                browser.text(By.id("decision-summary")).startsWith("Deny " + displayId),
                "the outcome chosen with Space is the one decided");
        browser.press(Keys.ESCAPE);
        browser.signOut();

        browser.signIn("submitter", DemoAccounts.PASSWORD);
        startRequest();
        focus(By.id("editor:continue"));
        browser.press(Keys.SPACE);
        browser.waitForText(By.id("step-heading"), "Submitter");
        focus(By.id("editor:continue"));
        browser.press(Keys.ENTER);
        browser.waitForText(By.id("step-heading"), "Additional Staff Access");
        focus(railStep("Issue Type"));
        browser.press(Keys.ENTER);
        browser.waitForText(By.id("step-heading"), "Issue Type");
        focus(By.cssSelector(".rd-examples summary"));
        browser.press(Keys.SPACE);
        assertTrue(browser.isShown(By.cssSelector(".rd-examples dl")), "Space opens the examples");
        browser.press(Keys.ENTER);
        assertFalse(browser.isShown(By.cssSelector(".rd-examples dl")), "Enter closes them");
    }

    @Test
    void theQueueTableShowsEveryColumnHeaderUnclippedAt1360Pixels() {
        browser.resize(1360, DESKTOP_HEIGHT);
        for (String user : List.of("reviewer", "supervisor")) {
            browser.signIn(user, DemoAccounts.PASSWORD);
            browser.open("reviewer/home.xhtml");
            browser.find(By.id("queues:cases"));
            Object clipped = browser.script(
                    "return Array.from(document.querySelectorAll('[id=\"queues:cases\"] thead th'))"
                            + ".filter(function (th) { return th.scrollWidth > th.clientWidth; })"
                            + ".map(function (th) { return th.textContent.trim() + ' (' + th.scrollWidth + ' px in ' + th.clientWidth + ' px)'; });");
            assertEquals(List.of(), clipped, "clipped headers for the " + user);
            browser.signOut();
        }
    }

    // ---- the screens, role by role

    private void signedOutScreens() {
        browser.open("");
        check("Sign in", By.id("sign-in"));
        browser.find(By.id("username")).sendKeys("submitter");
        browser.find(By.id("password")).sendKeys("not the password");
        browser.click(By.id("sign-in-button"));
        check("Sign-in failed", By.id("sign-in-failed"));
        browser.click(By.id("forgot-password-link"));
        check("Forgot your password?", By.id("forgot-heading"));
        browser.click(By.id("forgot-password:send-reset-link"));
        check("Forgot your password?, nothing entered", By.id("username-or-email-error"));
        browser.type(By.id("forgot-password:username-or-email"), "nobody@example.org");
        browser.click(By.id("forgot-password:send-reset-link"));
        check("Forgot your password?, answered", By.id("forgot-password:forgot-answer"));
        browser.open("account/set-password.xhtml?link=not-a-link");
        check("Set password: a link that does not work", By.id("set-password:link-refused"));
        browser.open("account/confirm-email.xhtml?link=not-a-link");
        check("Confirm e-mail: a link that does not work", By.id("link-refused"));
        browser.open("");
        // A user name nobody has, tried until its waits begin (after the free failures each try waits longer).
        String guessed = "guess-" + UUID.randomUUID().toString().substring(0, 8);
        for (int attempt = 0; attempt < 12 && !browser.isShown(By.id("sign-in-wait")); attempt++) {
            browser.find(By.id("username")).sendKeys(guessed);
            browser.find(By.id("password")).sendKeys("not the password");
            browser.click(By.id("sign-in-button"));
        }
        check("Sign-in waiting after too many failures", By.id("sign-in-wait"));
    }

    private void administratorScreens() {
        browser.signIn("admin", DemoAccounts.PASSWORD);
        check("Administrator: home", By.id("home-heading"));
        browser.click(By.id("api-clients"));
        check("Administrator: API clients");
        String organisation = "Access Vendor " + UUID.randomUUID().toString().substring(0, 6);
        browser.type(By.id("api:organisation"), organisation);
        browser.type(By.id("api:contact"), "api@accessvendor.example.org");
        browser.click(By.id("api:register"));
        browser.type(By.id("api:token-label"), "accessibility");
        browser.type(By.id("api:token-expires"), "next week");
        browser.click(By.id("api:issue"));
        check("Administrator: API clients, expiry day refused", By.id("expires-error"));
        // Expiring tomorrow, so the list shows the "expires soon" mark, whose colour is checked too.
        browser.type(
                By.id("api:token-expires"),
                java.time.LocalDate.now(java.time.ZoneId.of("America/New_York"))
                        .plusDays(1)
                        .toString());
        browser.click(By.id("api:issue"));
        check("Administrator: API clients, a token just issued", By.id("api:issued-token"));
        browser.click(By.id("api:done-token"));
        browser.waitForText(By.id("api:tokens"), "expires soon");
        browser.click(By.xpath("//tr[td[text()='" + organisation + "']]//button[contains(@id,':revoke')]"));
        check("Administrator: API clients, revoke confirmation", By.cssSelector(".ui-confirmdialog-no"));
        browser.click(By.cssSelector(".ui-confirmdialog-no"));
        browser.click(By.id("api:organisation"));
        browser.click(By.id("api:register"));
        check("Administrator: API clients, registration refused", By.id("organisation-error"));

        browser.open("admin/reference-data.xhtml");
        check("Administrator: participation reference data");
        browser.open("admin/reference-browse.xhtml");
        check("Administrator: browse reference data", By.id("browse:records"));
        browser.click(By.cssSelector(".rd-reference-import"));
        check("Administrator: browse reference data, an import's report", By.id("report-heading"));
        browser.open("admin/dead-letters.xhtml");
        check("Administrator: dead letters");
        browser.open("admin/retention.xhtml");
        check("Administrator: retention", By.id("retention-heading"));
        browser.open("admin/home.xhtml");
        browser.click(By.id("sign-in-throttling"));
        check("Administrator: sign-in throttling", By.xpath("//button[contains(@id,':clear')]"));
        // The signed-out screens' failures are cleared, so this address starts the rest of the suite with none.
        while (browser.isShown(By.xpath("//button[contains(@id,':clear')]"))) {
            browser.click(By.xpath("(//button[contains(@id,':clear')])[1]"));
        }
        check("Administrator: sign-in throttling, cleared", By.id("throttling:messages"));
        browser.open("admin/search-index.xhtml");
        check("Administrator: search index");
        browser.click(By.id("index-form:start-rebuild"));
        check("Administrator: search index, rebuild started", By.id("index-form:rebuild-progress"));
        browser.click(By.id("index-form:run-check"));
        check("Administrator: search index, consistency checked", By.id("check-result"));
        accountScreens();
        mailLogScreens();
        browser.open("submitter/home.xhtml");
        check("Forbidden (an administrator on the submitter's page)", By.id("forbidden-heading"));
        browser.click(By.id("account:my-account"));
        check("My account", By.id("account-heading"));
        browser.click(By.id("my-account:change-password"));
        check("My account, password refused", By.id("current-password-error"));
        browser.signOut();
    }

    /** The mail log and one mail in it: a password-reset link sent just before, so the log has a mail whatever ran first. */
    private void mailLogScreens() {
        browser.open("admin/account.xhtml?user=submitter2");
        browser.click(By.id("manage:send-reset"));
        browser.waitForText(By.id("manage:messages"), "is on its way");
        browser.open("admin/mail-log.xhtml");
        check("Administrator: mail log", By.cssSelector(".rd-mail-row"));
        browser.click(By.xpath("(//a[contains(@class,'rd-mail-link')])[1]"));
        check("Administrator: a mail in the log", By.id("mail-body"));
    }

    /** The accounts list, its new-account dialog with refused input and a link shown once, and an account page. */
    private void accountScreens() {
        browser.open("admin/home.xhtml");
        browser.click(By.id("accounts"));
        check("Administrator: accounts", By.id("accounts:list"));
        browser.click(By.id("accounts:new-account"));
        check("Administrator: accounts, new account dialog", By.id("account-form:username"));
        browser.type(By.id("account-form:username"), "reviewer");
        browser.type(By.id("account-form:display-name"), "Access Check");
        browser.type(By.id("account-form:email"), "not an address");
        browser.scrollTo(By.id("account-form:create-account"));
        browser.click(By.id("account-form:create-account"));
        check("Administrator: accounts, new account refused", By.id("email-error"));
        String username = "a11y-" + UUID.randomUUID().toString().substring(0, 6);
        browser.type(By.id("account-form:username"), username);
        browser.type(By.id("account-form:email"), username + "@staff.example.org");
        AccountScreens.tick(browser, "account-form:roles", "REVIEWER", true);
        browser.click(By.cssSelector("[id='account-form:mail-invitation'] .ui-chkbox-box"));
        browser.scrollTo(By.id("account-form:create-account"));
        browser.click(By.id("account-form:create-account"));
        check("Administrator: accounts, a set-password link just created", By.id("accounts:created-link"));
        browser.click(By.id("accounts:done-link"));
        browser.open("admin/account.xhtml?user=" + username);
        check("Administrator: an account", By.id("account-heading"));
        browser.click(By.id("manage:disable"));
        check("Administrator: an account, disable confirmation", By.cssSelector(".ui-confirmdialog-no"));
        browser.click(By.cssSelector(".ui-confirmdialog-no"));
        AccountScreens.tick(browser, "manage:roles", "REVIEWER", false);
        browser.click(By.id("manage:save-roles"));
        check("Administrator: an account, no role refused", By.id("roles-error"));
    }

    private void reviewerScreens(String displayId) {
        browser.signIn("reviewer", DemoAccounts.PASSWORD);
        check("Reviewer: case queues", By.id("queue-tabs"));
        browser.click(By.cssSelector(".rd-queue-unassigned"));
        check("Reviewer: unassigned queue");
        StaffScreens.openFromMyQueue(browser, displayId);
        check("Reviewer: case", By.id("case-heading"));
        browser.click(By.cssSelector(".rd-preview-link"));
        browser.waitForText(By.id("preview-text"), "Tika");
        check("Reviewer: case, text of a document");
        browser.click(By.cssSelector("#preview-dialog .ui-dialog-titlebar-close"));

        browser.click(By.id("conversation:send-comment"));
        check("Reviewer: case, empty comment refused", By.id("comment-error"));
        browser.type(By.id("conversation:comment-body"), "Which practice billed these claims in March?");
        browser.click(By.id("conversation:send-comment"));
        browser.waitForText(By.id("thread"), "Which practice billed");
        browser.type(By.id("conversation:comment-body"), "An internal note for staff.");
        browser.click(By.cssSelector("#conversation\\:comment-internal .ui-chkbox-box"));
        browser.click(By.id("conversation:send-comment"));
        browser.waitForText(By.cssSelector(".rd-internal-note"), "An internal note");
        check("Reviewer: case, a comment and an internal note");

        browser.click(By.id("case:request-documentation"));
        check("Reviewer: documentation request dialog", By.id("documentation-form:what-is-needed"));
        browser.click(By.id("documentation-form:send-documentation-request"));
        check("Reviewer: documentation request dialog, refused", By.id("what-is-needed-error"));
        browser.type(
                By.id("documentation-form:what-is-needed"), "The claims report for March showing the billing TIN.");
        browser.click(By.id("documentation-form:send-documentation-request"));
        browser.waitForText(By.id("documentation-clock"), "Waiting on the submitter");
        check("Reviewer: case waiting on documentation");

        browser.click(By.id("case:decide"));
        check("Reviewer: decision dialog", By.id("decision-form:decision-narrative"));
        browser.click(By.id("decision-form:review-decision"));
        check("Reviewer: decision dialog, refused", By.id("decision-reason-error"));
        browser.click(By.id("decision-form:decision-reason"));
        browser.click(
                By.xpath(
                        "//li[contains(@class,'ui-selectonemenu-item') and text()='Data was attributed to the wrong TIN or NPI']"));
        browser.type(By.id("decision-form:decision-narrative"), "The registry's file carried the wrong TIN.");
        browser.click(By.id("decision-form:review-decision"));
        check("Reviewer: decision confirmation", By.id("decision-summary"));
        browser.click(By.id("decision-form:back-to-decision"));
        browser.press(Keys.ESCAPE);

        browser.open("reviewer/search.xhtml");
        browser.type(By.id("search:query"), "TIN");
        browser.click(By.id("search:run-search"));
        check("Reviewer: search results", By.cssSelector(".rd-hit"));
        browser.click(By.id("search:search-help"));
        check("Reviewer: search help", By.cssSelector(".rd-help-table"));
        browser.press(Keys.ESCAPE);
        browser.click(By.id("search:save-search"));
        check("Reviewer: save search dialog", By.id("save-search-form:save-as"));
        browser.press(Keys.ESCAPE);
        browser.type(By.id("search:query"), "\"unclosed");
        browser.click(By.id("search:run-search"));
        check("Reviewer: search, query refused", By.id("query-error"));
        browser.signOut();
    }

    private void submitterScreens(String displayId) {
        browser.signIn("submitter", DemoAccounts.PASSWORD);
        check("Submitter: progress summary", By.id("window-banner"));
        String year = displayId.substring(0, 4);
        String number = displayId.substring(displayId.lastIndexOf(' ') + 1);
        browser.click(By.xpath("//div[@id='request-" + year + "-" + number + "']//a[contains(@href,'request.xhtml')]"));
        check("Submitter: request details with a documentation request", By.id("documentation-request"));

        browser.open("submitter/home.xhtml");
        browser.click(By.cssSelector("[id='summary:add-new']"));
        check("Submitter: valid and invalid reasons", By.id("valid-reasons"));
        browser.click(By.cssSelector("[id='continue']"));
        check("Submitter: editor step 4, application type", By.id("step-heading"));
        browser.click(By.id("editor:continue"));
        check("Submitter: editor step 4, refused", By.id("type-error"));
        browser.click(By.cssSelector("label[for='editor:type:0']"));
        browser.waitForText(By.cssSelector("label[for='editor:identifier']"), "Clinician NPI");
        browser.type(By.id("editor:identifier"), VALERIE_SHEA_NPI);
        continueTo("Details");
        String heading = browser.text(By.id("request-heading"));
        check("Submitter: editor step 5a, details");
        browser.click(By.id("editor:practice"));
        browser.click(By.cssSelector("[id='editor:practice_items'] li[data-label='Not Listed']"));
        browser.type(By.id("editor:practice-tin"), "123459403");
        continueTo("Submitter");
        check("Submitter: editor step 5b, submitter");
        browser.type(By.id("editor:phone"), "866-288-8292");
        browser.click(By.cssSelector("label[for='editor:relationship:5']"));
        check("Submitter: editor step 5b, other relationship", By.id("editor:relationship-other"));
        browser.type(By.id("editor:relationship-other"), "Practice manager");
        continueTo("Additional Staff Access");
        browser.type(By.id("editor:access_input"), "office.colleague@example.org\n");
        check("Submitter: editor step 5c, additional access");
        continueTo("Performance Categories");
        check("Submitter: editor step 6, performance categories");
        browser.click(By.cssSelector("label[for='editor:categories:2']"));
        continueTo("Issue Type");
        browser.click(By.cssSelector(".rd-examples summary"));
        check("Submitter: editor step 7a, issue type, examples open");
        browser.click(By.cssSelector("label[for='editor:issue-types:1']"));
        continueTo("Supporting Documentation");
        browser.attach(By.id("editor:files_input"), EVIDENCE);
        browser.waitForText(By.id("editor:attached"), "testPDF.pdf");
        check("Submitter: editor step 7b, supporting documentation");
        browser.click(By.id("editor:submit-for-review"));
        check("Submitter: certification dialog listing what is missing", By.id("certify-problems"));
        browser.click(By.id("certify-form:close-problems"));
        browser.click(railStep("Issue Type"));
        browser.type(
                By.id("editor:explanation"), "Dr. Shea is hospital-based and qualified for automatic reweighting.");
        browser.click(railStep("Supporting Documentation"));
        browser.waitForText(By.id("step-heading"), "Supporting Documentation");
        browser.click(By.id("editor:submit-for-review"));
        browser.waitForText(By.id("disclosure"), "Certification");
        check("Submitter: certification dialog with the disclosure");
        browser.click(By.id("certify-form:certify-submit"));
        browser.waitForText(By.id("summary:messages"), "was submitted");
        check("Submitter: progress summary after submitting");

        browser.click(By.cssSelector("#" + rowId(heading) + " [id$=':rename']"));
        check("Submitter: rename dialog", By.id("rename-form:new-title"));
        browser.click(By.id("rename-form:cancel-rename"));
        browser.click(By.cssSelector("#" + rowId(heading) + " [id$=':withdraw']"));
        check("Submitter: withdraw confirmation", By.id("withdraw-warning"));
        browser.click(By.id("withdraw-form:keep"));
        browser.open("submitter/request.xhtml?id=999999999");
        check("Not found", By.id("not-found-heading"));
        browser.signOut();
    }

    private void supervisorScreens(String displayId) {
        browser.signIn("supervisor", DemoAccounts.PASSWORD);
        browser.open("supervisor/home.xhtml");
        check("Supervisor: workload", By.id("workload-form:workload"));
        browser.click(By.cssSelector(".rd-edit-reviewer"));
        check("Supervisor: reviewer set-up dialog", By.id("profile-form:profile-issue-types"));
        browser.press(Keys.ESCAPE);
        browser.open("supervisor/windows.xhtml");
        check("Supervisor: submission windows", By.id("windows:list"));
        browser.click(By.cssSelector(".rd-window-row button[id$=':extend']"));
        browser.click(By.id("change-form:save"));
        check("Supervisor: submission windows, an extension refused", By.id("change-reason-error"));
        browser.open("reviewer/home.xhtml");
        browser.click(By.cssSelector(".rd-queue-all_open"));
        StaffScreens.newestFirst(browser);
        check("Supervisor: case queues with selection");
        browser.click(By.xpath("//tr[.//a[text()='" + displayId + "']]//div[contains(@class,'ui-chkbox-box')]"));
        browser.click(By.id("queues:reassign-selected"));
        check("Supervisor: reassign selected cases dialog", By.id("reassign-count"));
        browser.click(By.id("reassign-form:confirm-reassign"));
        check("Supervisor: reassign dialog, refused", By.id("reassign-reason-error"));
        browser.press(Keys.ESCAPE);
        browser.click(By.linkText(displayId));
        browser.click(By.id("case:reassign"));
        check("Supervisor: case, reassign dialog", By.id("reassign-form:reassign-reason"));
        browser.press(Keys.ESCAPE);
        browser.open("reviewer/search.xhtml?q=TIN");
        check("Supervisor: search results with selection", By.cssSelector(".rd-hit"));
        browser.signOut();
    }

    /** Waits until the element is shown, then checks the screen. */
    private void check(String screen, By shown) {
        browser.find(shown);
        check(screen);
    }

    /** Runs axe-core on what the browser shows, then looks at the same screen on a phone. */
    private void check(String screen) {
        settleAnimations();
        screens.add(screen);
        List<String> found = Axe.seriousOrCriticalViolations(browser);
        if (!found.isEmpty()) {
            violations.put(screen, found);
            System.out.println(screen + ": " + found.size() + " violations\n    " + String.join("\n    ", found));
        }
        browser.resize(PHONE_WIDTH, PHONE_HEIGHT);
        settleAnimations();
        Object sideways = browser.script(SIDEWAYS_SCROLLING);
        if (sideways != null) {
            tooWide.put(screen, sideways.toString());
            System.out.println(screen + " at " + PHONE_WIDTH + " px: " + sideways);
        }
        browser.resize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        browser.settle();
    }

    // ---- helpers

    /**
     * Waits for the page and its Ajax, then for its transitions to end, as the eye does: a button PrimeFaces disabled
     * during a request fades back in, and a confirmation dialog fades in by jQuery (which document.getAnimations
     * does not list), and axe-core would measure their colours half way.
     */
    private void settleAnimations() {
        browser.settle();
        Eventually.await(
                "the page's transitions to end",
                () -> browser.script(
                        "return document.getAnimations().filter(function (a) { return a.playState === 'running'"
                                + " && a.effect.getTiming().iterations !== Infinity; }).length"
                                + " + (typeof jQuery === 'undefined' ? 0 : jQuery(':animated').length);"),
                running -> ((Number) running).intValue() == 0);
    }

    /** From the progress summary through the reasons page to step 5a of a new clinician's request, saved as a draft. */
    private void startRequest() {
        browser.click(By.cssSelector("[id='summary:add-new']"));
        browser.click(By.cssSelector("[id='continue']"));
        browser.click(By.cssSelector("label[for='editor:type:0']"));
        browser.waitForText(By.cssSelector("label[for='editor:identifier']"), "Clinician NPI");
        browser.type(By.id("editor:identifier"), VALERIE_SHEA_NPI);
        continueTo("Details");
    }

    private void continueTo(String stepHeading) {
        browser.click(By.id("editor:continue"));
        browser.waitForText(By.id("step-heading"), stepHeading);
    }

    private static By railStep(String heading) {
        return By.xpath("//nav[contains(@class,'rd-rail')]//a[contains(.,'" + heading + "')]");
    }

    /** The row of a request in the progress summary, by its "2025 TARGETED REVIEW ID: 7". */
    private static String rowId(String displayId) {
        return "request-" + displayId.substring(0, 4) + "-" + displayId.substring(displayId.lastIndexOf(' ') + 1);
    }

    /** Puts the keyboard focus on the element, as tabbing to it does. */
    private void focus(By locator) {
        browser.script("arguments[0].focus();", browser.find(locator));
    }

    /** Waits for the focus to settle on the element (PrimeFaces moves it a moment after a dialog closes). */
    private void assertFocusOn(String id, String when) {
        String focused = Eventually.await(
                "the focus on " + id + " " + when, this::whereTheFocusIs, found -> found.startsWith(id + " "));
        assertTrue(focused.startsWith(id + " "), when);
    }

    /** The focused element's id, then what it is and which dialogs are open, so a failure says where the focus went. */
    private String whereTheFocusIs() {
        return String.valueOf(browser.script("var e = document.activeElement;"
                + " return (e && e.id ? e.id : '') + ' (' + (e ? e.outerHTML.substring(0, 160) : 'nothing') + '; dialogs open: '"
                + " + $('.ui-dialog:visible').map(function () { return this.id; }).get().join(', ') + ')';"));
    }
}
