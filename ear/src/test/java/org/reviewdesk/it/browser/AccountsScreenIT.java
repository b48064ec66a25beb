package org.reviewdesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.reviewdesk.it.AccountScreens;
import org.reviewdesk.it.Browser;
import org.reviewdesk.it.CaughtMail;
import org.reviewdesk.it.Eventually;
import org.reviewdesk.it.Mailboxes;
import org.reviewdesk.it.ServerProperties;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.security.DemoAccounts;

/**
 * The administrator's account screens in a real browser, with real mail (issue 12 §3): an invited reviewer chooses a
 * password from the mailed link and works; disabling an account or changing its roles ends its open session at its
 * next request; a reset link sent from the account page works once; an expired invitation is refused; a duplicate
 * user name or address, a malformed address or no role is refused and changes nothing; an administrator can neither
 * disable themselves nor drop their own Administrator role.
 */
class AccountsScreenIT extends BrowserTest {

    private static final String VALIDITY = "reviewdesk.invitation-validity";
    private static final String PASSWORD = "a quiet harbour at dawn";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestDeployments.shipped();
    }

    @RegisterExtension
    final CaughtMail smtp = new CaughtMail();

    @ArquillianResource
    ManagementClient management;

    @AfterEach
    void restoreTheInvitationValidity() {
        ServerProperties.set(management, VALIDITY, null);
    }

    @Test
    void anInvitedReviewerChoosesAPasswordFromTheMailedLinkAndSeesTheReviewerHome() {
        String username = uniqueName("riley");
        browser.signIn("admin", DemoAccounts.PASSWORD);
        browser.click(By.id("accounts"));
        invite(username, "Robin Invited", username + "@staff.example.org", "REVIEWER");
        browser.waitForText(By.id("accounts:messages"), "is invited");
        search(username);
        assertTrue(rowOf(username).contains("Invited, no password yet"), rowOf(username));
        assertTrue(rowOf(username).contains("Reviewer"), rowOf(username));
        browser.screenshot("admin-accounts");
        browser.signOut();

        String link = linkMailedTo(username + "@staff.example.org");
        AccountScreens.choosePassword(browser, link, PASSWORD);
        browser.signIn(username, PASSWORD);
        arrivesAt(browser, "/reviewer/home.xhtml");
        assertEquals("Robin Invited", browser.text(By.id("user-name")));

        browser.signOut();
        browser.signIn("admin", DemoAccounts.PASSWORD);
        openAccount(username);
        assertEquals("Enabled", browser.text(By.id("account-state")));
        String history = browser.text(By.id("manage:history"));
        assertTrue(
                history.contains("Invited by e-mail to " + username + "@staff.example.org with the roles Reviewer"),
                history);
        assertTrue(history.contains("Alex Admin"), "the trail names who invited: " + history);
    }

    @Test
    void disablingAnAccountOrChangingItsRolesEndsItsOpenSessionAtItsNextRequest() {
        String username = uniqueName("sasha");
        browser.signIn("admin", DemoAccounts.PASSWORD);
        String link = createShowingTheLink(username, "Sasha Session", username + "@staff.example.org", "REVIEWER");
        try (Browser theirs = new Browser(base)) {
            AccountScreens.choosePassword(theirs, link, PASSWORD);
            theirs.signIn(username, PASSWORD);
            arrivesAt(theirs, "/reviewer/home.xhtml");

            openAccount(username);
            browser.click(By.id("manage:disable"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            assertTrue(
                    browser.waitForText(By.id("manage:messages"), "is disabled").contains("open sessions have ended"));
            assertEquals("Disabled", browser.text(By.id("account-state")));

            // Their next Ajax request (a queue tab) lands on the sign-in page, and so would any page.
            theirs.click(By.cssSelector(".rd-queue-unassigned"));
            theirs.find(By.id("sign-in"));
            theirs.signIn(username, PASSWORD);
            theirs.find(By.id("sign-in"));
            assertFalse(theirs.isShown(By.id("user-name")), "a disabled account cannot sign in again");

            browser.click(By.id("manage:enable"));
            browser.waitForText(By.id("manage:messages"), "is enabled");
            theirs.signIn(username, PASSWORD);
            arrivesAt(theirs, "/reviewer/home.xhtml");

            // Their roles change: the session signed in with the old ones ends at its next page.
            AccountScreens.tick(browser, "manage:roles", "REVIEWER", false);
            AccountScreens.tick(browser, "manage:roles", "SUBMITTER", true);
            browser.click(By.id("manage:save-roles"));
            browser.waitForText(By.id("manage:messages"), "are now Submitter");
            theirs.open("reviewer/home.xhtml");
            theirs.find(By.id("sign-in"));
            theirs.signIn(username, PASSWORD);
            arrivesAt(theirs, "/submitter/home.xhtml");
        }
        String history = browser.text(By.id("manage:history"));
        assertTrue(history.contains("Disabled; open sessions ended"), history);
        assertTrue(history.contains("Enabled"), history);
        assertTrue(history.contains("Roles changed from Reviewer to Submitter"), history);
    }

    @Test
    void aResetLinkSentFromTheAccountPageWorksOnce() {
        String username = uniqueName("reset");
        String email = username + "@staff.example.org";
        browser.signIn("admin", DemoAccounts.PASSWORD);
        String invitation = createShowingTheLink(username, "Rene Reset", email, "SUPERVISOR");
        browser.signOut();
        AccountScreens.choosePassword(browser, invitation, PASSWORD);
        browser.signIn("admin", DemoAccounts.PASSWORD);
        openAccount(username);
        browser.click(By.id("manage:send-reset"));
        browser.waitForText(By.id("manage:messages"), "A password-reset link is on its way to " + email);
        browser.signOut();

        String link = linkMailedTo(email);
        String newPassword = "another quiet harbour at noon";
        AccountScreens.choosePassword(browser, link, newPassword);
        browser.signIn(username, newPassword);
        arrivesAt(browser, "/supervisor/home.xhtml");
        browser.signOut();

        AccountScreens.openLink(browser, link);
        assertTrue(
                browser.text(By.tagName("main")).contains("used"),
                "a used link says so: " + browser.text(By.tagName("main")));
        assertFalse(browser.isShown(By.cssSelector("input[type=password]")), "a used link offers no password field");
    }

    @Test
    void anExpiredInvitationIsRefusedWithAClearMessageAndTheAdministratorSendsANewOne() {
        String username = uniqueName("late");
        String email = username + "@staff.example.org";
        ServerProperties.set(management, VALIDITY, "PT0.001S");
        browser.signIn("admin", DemoAccounts.PASSWORD);
        browser.click(By.id("accounts"));
        invite(username, "Lee Late", email, "REVIEWER");
        browser.waitForText(By.id("accounts:messages"), "is invited");
        ServerProperties.set(management, VALIDITY, null);
        String expired = linkMailedTo(email);

        AccountScreens.openLink(browser, expired);
        String page = browser.text(By.tagName("main"));
        assertTrue(page.contains("expired"), expired + ": " + page);
        assertTrue(page.contains("Ask your administrator for a new invitation"), page);
        assertFalse(
                browser.isShown(By.cssSelector("input[type=password]")), "an expired link offers no password field");

        openAccount(username);
        browser.click(By.id("manage:resend-invitation"));
        browser.waitForText(By.id("manage:messages"), "The invitation is sent again to " + email);
        String fresh = Eventually.await("a second invitation", () -> linksMailedTo(email), links -> links.size() == 2)
                .get(1);
        browser.signOut();
        AccountScreens.choosePassword(browser, fresh, PASSWORD);
        browser.signIn(username, PASSWORD);
        arrivesAt(browser, "/reviewer/home.xhtml");
    }

    @Test
    void aDuplicateUserNameOrAddressAMalformedAddressOrNoRoleIsRefusedNamingTheFixAndChangesNothing() {
        String username = uniqueName("dupe");
        browser.signIn("admin", DemoAccounts.PASSWORD);
        browser.click(By.id("accounts"));

        invite("reviewer", "Second Riley", username + "@staff.example.org", "REVIEWER");
        assertTrue(browser.waitForText(By.id("username-error"), "taken").contains("choose another user name"));

        invite(username, "Second Riley", "Riley.Reviewer@example.org", "REVIEWER");
        assertTrue(
                browser.waitForText(By.id("email-error"), "reviewer").contains("enter this person's own address"),
                browser.text(By.id("email-error")));

        invite(username, "Second Riley", "riley at example", "REVIEWER");
        assertTrue(browser.waitForText(By.id("email-error"), "not an e-mail address")
                .contains("name@example.org"));

        invite(username, "Second Riley", username + "@staff.example.org");
        assertTrue(
                browser.waitForText(By.id("roles-error"), "at least one role").contains("Choose"));
        browser.screenshot("admin-accounts-refused");
        browser.click(By.id("account-form:cancel-account"));

        search(username);
        browser.waitForText(By.id("accounts:list"), "No account matches");
        assertTrue(Mailboxes.to(smtp, username + "@staff.example.org").isEmpty(), "no invitation was mailed");
    }

    @Test
    void anAdministratorCanNeitherDisableThemselvesNorDropTheirOwnAdministratorRole() {
        browser.signIn("admin", DemoAccounts.PASSWORD);
        openAccount("admin");
        browser.click(By.id("manage:disable"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        assertTrue(browser.waitForText(By.id("account-error"), "cannot disable your own account")
                .contains("another administrator can"));
        assertEquals("Enabled", browser.text(By.id("account-state")));

        AccountScreens.tick(browser, "manage:roles", "ADMIN", false);
        browser.click(By.id("manage:save-roles"));
        assertTrue(browser.waitForText(By.id("roles-error"), "cannot remove your own Administrator role")
                .contains("always one administrator"));
        browser.open("admin/accounts.xhtml");
        search("admin");
        assertTrue(rowOf("admin").contains("Administrator"), "the administrator is still one: " + rowOf("admin"));
    }

    // ---- steps

    private void invite(String username, String name, String email, String... roles) {
        openDialog();
        fill(username, name, email, roles);
        create();
    }

    /** Create, scrolled into the dialog's view first as a person scrolls a dialog taller than the window. */
    private void create() {
        browser.scrollTo(By.id("account-form:create-account"));
        browser.click(By.id("account-form:create-account"));
    }

    /** Creates the account without mail; the screen shows its set-password link once. */
    private String createShowingTheLink(String username, String name, String email, String... roles) {
        browser.open("admin/accounts.xhtml");
        openDialog();
        fill(username, name, email, roles);
        browser.click(By.cssSelector("[id='account-form:mail-invitation'] .ui-chkbox-box"));
        create();
        String link = browser.find(By.id("accounts:created-link")).getAttribute("value");
        assertTrue(AccountScreens.isSetPasswordLink(link), link);
        browser.click(By.id("accounts:done-link"));
        assertFalse(browser.isShown(By.id("accounts:created-link")), "the link is not shown again");
        return link;
    }

    private void openDialog() {
        if (!browser.isShown(By.id("account-form:username"))) {
            browser.click(By.id("accounts:new-account"));
        }
        browser.find(By.id("account-form:username"));
    }

    /** Fills the dialog; roles by their names (REVIEWER, ADMIN…), ticked or unticked as a person clicks their labels. */
    private void fill(String username, String name, String email, String... roles) {
        browser.type(By.id("account-form:username"), username);
        browser.type(By.id("account-form:display-name"), name);
        browser.type(By.id("account-form:email"), email);
        for (String role : List.of("SUBMITTER", "REVIEWER", "SUPERVISOR", "ADMIN")) {
            AccountScreens.tick(
                    browser, "account-form:roles", role, List.of(roles).contains(role));
        }
    }

    /** Types in the search box and waits, as a person watches the list, until it shows only what matches. */
    private void search(String text) {
        browser.type(By.id("accounts:search"), text);
        Eventually.await(
                "the list filtered by " + text,
                () -> {
                    browser.settle();
                    return browser.script(
                            "return Array.from(document.querySelectorAll('tr.rd-account-row')).map(r => r.innerText.toLowerCase());");
                },
                rows -> ((List<?>) rows).stream().allMatch(row -> row.toString().contains(text)));
    }

    private String rowOf(String username) {
        return browser.text(By.xpath("//tr[contains(@class,'rd-account-row')][.//a[text()='" + username + "']]"));
    }

    private void openAccount(String username) {
        browser.open("admin/account.xhtml?user=" + username);
        browser.find(By.id("account-heading"));
    }

    /** Waits until the browser shows this home page after a sign-in; says where it is otherwise. */
    private static void arrivesAt(Browser browser, String home) {
        Eventually.await(
                home + " after signing in",
                () -> browser.currentPath().replaceAll("\\?.*", "") + " showing: "
                        + browser.text(By.tagName("body")).replaceAll("\\s+", " "),
                shown -> shown.startsWith(home + " "));
    }

    private String linkMailedTo(String recipient) {
        return Eventually.await("the mail to " + recipient, () -> linksMailedTo(recipient), links -> !links.isEmpty())
                .get(0);
    }

    private List<String> linksMailedTo(String recipient) {
        return Mailboxes.to(smtp, recipient).stream()
                .map(AccountScreens::linkIn)
                .toList();
    }

    private static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
