package org.reviewdesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.reviewdesk.it.Browser;
import org.reviewdesk.it.CaughtMail;
import org.reviewdesk.it.Eventually;
import org.reviewdesk.it.Mailboxes;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.security.DemoAccounts;

/**
 * Credentials in real Chromium against real SMTP (GreenMail): "Forgot your password?", a reset link that
 * works once, an expired link, the password rule, and a user's own password, name and e-mail address.
 * Every test works on an account of its own ({@link CredentialsSeed}), never on a demo account.
 */
class CredentialsIT extends BrowserTest {

    private static final String RESET_SUBJECT = "Review Desk: Choose a new password";
    private static final String CONFIRM_SUBJECT = "Review Desk: Confirm your new e-mail address";
    private static final String CHANGED_SUBJECT = "Review Desk: Your e-mail address was changed";
    private static final Pattern LINK = Pattern.compile("https?://\\S+/account/[a-z-]+\\.xhtml\\?link=[A-Za-z0-9_-]+");

    @RegisterExtension
    final CaughtMail smtp = new CaughtMail();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestDeployments.withSeeds(CredentialsSeed.class);
    }

    @Test
    void forgotPasswordGivesTheSameAnswerForUnknownAndKnownAccountsAndMailsOnlyTheKnownOne() {
        Seeded account = seedAccount();
        String unknownAddress = "nobody-" + account.username() + "@example.org";

        String unknownAnswer = askForReset(unknownAddress);
        String knownAnswer = askForReset(account.username());

        assertEquals(unknownAnswer, knownAnswer);
        assertTrue(knownAnswer.contains("It works once, for 1 hour."), knownAnswer);
        MimeMessage reset = mailTo(account.email(), RESET_SUBJECT);
        assertTrue(GreenMailUtil.getBody(reset).contains("until"), GreenMailUtil.getBody(reset));
        assertEquals(List.of(), Mailboxes.to(smtp, unknownAddress));
        browser.screenshot("forgot-password-answer");
    }

    @Test
    void aResetLinkSetsANewPasswordOnceAndIsRefusedTheSecondTime() {
        Seeded account = seedAccount();
        askForReset(account.email());
        String link = linkIn(mailTo(account.email(), RESET_SUBJECT));

        openLink(link);
        assertEquals("Choose a new password", browser.text(By.id("set-password-heading")));
        assertEquals(account.username(), browser.text(By.id("account-username")));
        choosePassword("second harbour lantern");
        assertTrue(browser.text(By.id("set-password:password-set")).contains("Sign in as " + account.username()));

        assertReachesHome(account.username(), "second harbour lantern");
        browser.signOut();

        openLink(link);
        String refusal = browser.text(By.id("set-password:link-refused"));
        assertTrue(refusal.startsWith("This password-reset link was already used, on "), refusal);
        assertTrue(refusal.endsWith("Ask for a new one with \"Forgot your password?\" on the sign-in page."), refusal);
        assertFalse(browser.isShown(By.id("set-password:new-password")));
        browser.screenshot("set-password-link-used");
        assertEquals(
                List.of(
                        account.username() + ": Chose a new password with the password-reset link",
                        "system: Sent a password-reset link to " + account.email() + ", valid for 1 hour"),
                historyOf(account));
    }

    @Test
    void anExpiredLinkIsRefusedWithItsDateAndChangesNothing() {
        Seeded account = seedAccount();
        assertReachesHome("admin", DemoAccounts.PASSWORD);
        String secret = seed("test-seed/expired-reset?username=" + account.username());
        browser.signOut();

        browser.open("account/set-password.xhtml?link=" + secret);

        String refusal = browser.text(By.id("set-password:link-refused"));
        assertTrue(refusal.startsWith("This password-reset link expired on "), refusal);
        assertTrue(refusal.contains("Ask for a new one"), refusal);
        assertReachesHome(account.username(), CredentialsSeed.PASSWORD);
    }

    @Test
    void anUnknownLinkIsRefusedWithWhatToDo() {
        browser.open("account/set-password.xhtml?link=not-a-link");

        assertTrue(browser.text(By.id("set-password:link-refused")).startsWith("This link is not valid"));
    }

    @Test
    void aShortOrCommonPasswordIsRefusedNamingTheRuleAndTheLinkStillWorks() {
        Seeded account = seedAccount();
        askForReset(account.username());
        openLink(linkIn(mailTo(account.email(), RESET_SUBJECT)));

        choosePassword("too short");
        assertEquals(
                "use at least 12 characters; a passphrase of several words is easy to remember",
                browser.text(By.id("new-password-error")));
        choosePassword("1qaz2wsx3edc");
        assertTrue(browser.text(By.id("new-password-error")).contains("one of the most common passwords"));
        browser.screenshot("set-password-common");
        choosePassword(account.username() + " at home");
        assertTrue(browser.text(By.id("new-password-error")).contains("user name"));

        choosePassword("violet otter compass");
        browser.find(By.id("set-password:password-set"));
        assertReachesHome(account.username(), "violet otter compass");
    }

    @Test
    void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
        Seeded account = seedAccount();
        assertReachesHome(account.username(), CredentialsSeed.PASSWORD);
        browser.click(By.id("account:my-account"));
        assertEquals("My account", browser.text(By.id("account-heading")));

        changeOwnPassword("not my password", "maple river tundra");
        assertEquals(
                "this is not your current password; type the password you signed in with",
                browser.text(By.id("current-password-error")));
        changeOwnPassword(CredentialsSeed.PASSWORD, "aaaaaaaaaaaaaaaa");
        assertTrue(browser.text(By.id("new-password-error")).contains("repeated or sequential"));

        changeOwnPassword(CredentialsSeed.PASSWORD, "maple river tundra");
        browser.waitForText(By.id("my-account:messages"), "Your password is changed");
        browser.signOut();
        browser.signIn(account.username(), CredentialsSeed.PASSWORD);
        browser.find(By.id("sign-in-failed"));
        assertReachesHome(account.username(), "maple river tundra");
    }

    @Test
    void aNewPasswordSignsTheAccountOutEverywhereElseButNotWhereItWasChanged() {
        Seeded account = seedAccount();
        try (Browser elsewhere = new Browser(base)) {
            assertReachesHome(elsewhere, account.username(), CredentialsSeed.PASSWORD);
            assertReachesHome(browser, account.username(), CredentialsSeed.PASSWORD);

            browser.click(By.id("account:my-account"));
            changeOwnPassword(CredentialsSeed.PASSWORD, "maple river tundra");
            assertTrue(browser.waitForText(By.id("my-account:messages"), "Your password is changed")
                    .contains("wherever else you were signed in, you are signed out"));
            browser.open("submitter/home.xhtml");
            assertTrue(browser.isShown(By.id("home-heading")), "the session that changed the password goes on");
            elsewhere.open("submitter/home.xhtml");
            elsewhere.find(By.id("sign-in"));
            assertFalse(elsewhere.isShown(By.id("user-name")), "a session that knew the old password ended");

            assertReachesHome(elsewhere, account.username(), "maple river tundra");
            browser.signOut();
            askForReset(account.email());
            openLink(linkIn(mailTo(account.email(), RESET_SUBJECT)));
            choosePassword("second harbour lantern");
            browser.find(By.id("set-password:password-set"));
            elsewhere.open("submitter/home.xhtml");
            elsewhere.find(By.id("sign-in"));
            assertFalse(elsewhere.isShown(By.id("user-name")), "a reset signs out whoever knew the password before");
        }
    }

    @Test
    void aUserRenamesThemselvesAndAnEmptyNameIsRefused() {
        Seeded account = seedAccount();
        assertReachesHome(account.username(), CredentialsSeed.PASSWORD);
        browser.open("account/settings.xhtml");

        browser.type(By.id("my-account:display-name"), " ");
        browser.click(By.id("my-account:rename"));
        assertEquals("enter the person's full name", browser.text(By.id("display-name-error")));

        browser.type(By.id("my-account:display-name"), "Casey Renamed");
        browser.click(By.id("my-account:rename"));
        browser.waitForText(By.id("my-account:messages"), "Your name is changed");
        browser.open("account/settings.xhtml");
        assertEquals("Casey Renamed", browser.text(By.id("user-name")));
    }

    @Test
    void aNewEmailAddressIsTakenOnlyOnceTheLinkSentToItIsOpened() {
        Seeded account = seedAccount();
        String newAddress = "new-" + account.email();
        assertReachesHome(account.username(), CredentialsSeed.PASSWORD);
        browser.open("account/settings.xhtml");

        browser.type(By.id("my-account:new-email"), "not an address");
        browser.click(By.id("my-account:change-email"));
        assertTrue(browser.text(By.id("new-email-error")).contains("is not an e-mail address"));
        browser.type(By.id("my-account:new-email"), "riley.reviewer@example.org");
        browser.click(By.id("my-account:change-email"));
        assertTrue(browser.text(By.id("new-email-error")).contains("the address of another account"));

        browser.type(By.id("my-account:new-email"), newAddress);
        browser.click(By.id("my-account:change-email"));
        browser.waitForText(By.id("my-account:messages"), "We sent a link to " + newAddress);
        String link = linkIn(mailTo(newAddress, CONFIRM_SUBJECT));
        browser.open("account/settings.xhtml");
        assertEquals(account.email(), browser.text(By.id("my-email")));
        assertEquals(
                List.of(),
                Mailboxes.withSubject(smtp, CHANGED_SUBJECT).stream()
                        .filter(mail -> GreenMailUtil.getBody(mail).contains(newAddress))
                        .toList());

        openLink(link);
        assertTrue(browser.text(By.id("email-confirmed")).contains(newAddress));
        browser.open("account/settings.xhtml");
        assertEquals(newAddress, browser.text(By.id("my-email")));
        assertTrue(
                GreenMailUtil.getBody(mailTo(account.email(), CHANGED_SUBJECT)).contains(newAddress));

        openLink(link);
        assertTrue(browser.text(By.id("link-refused")).startsWith("This confirmation link was already used"));
        browser.open("account/settings.xhtml");
        browser.signOut();
        assertEquals(
                List.of(
                        account.username() + ": Changed the e-mail address from " + account.email() + " to "
                                + newAddress + ", confirmed by the link sent there",
                        account.username() + ": Asked to change the e-mail address to " + newAddress
                                + "; sent a confirmation link there, valid for 24 hours"),
                historyOf(account));
    }

    private record Seeded(String username, String email) {}

    /** A fresh account of this test's own, created as the demo administrator; the browser is signed out after. */
    private Seeded seedAccount() {
        assertReachesHome("admin", DemoAccounts.PASSWORD);
        String[] created = seed("test-seed/account").split(",");
        browser.signOut();
        return new Seeded(created[0], created[1]);
    }

    /** The account's audit trail, newest first, as the demo administrator reads it. */
    private List<String> historyOf(Seeded account) {
        assertReachesHome("admin", DemoAccounts.PASSWORD);
        List<String> lines =
                seed("test-seed/history?username=" + account.username()).lines().toList();
        browser.signOut();
        return lines;
    }

    /** Signs in and waits for the home page of the account's role, as a person waits for it. */
    private void assertReachesHome(String username, String password) {
        assertReachesHome(browser, username, password);
    }

    private static void assertReachesHome(Browser browser, String username, String password) {
        browser.signIn(username, password);
        browser.find(By.id("home-heading"));
        assertTrue(browser.currentPath().endsWith("/home.xhtml"), browser.currentPath());
    }

    private String seed(String path) {
        Browser.Download answer = browser.download(browser.url(path));
        assertEquals(200, answer.status(), () -> new String(answer.body(), StandardCharsets.UTF_8));
        return new String(answer.body(), StandardCharsets.UTF_8).trim();
    }

    /** Goes from the sign-in page to "Forgot your password?" and asks; answers what the page says. */
    private String askForReset(String usernameOrEmail) {
        browser.open("login.xhtml");
        browser.click(By.id("forgot-password-link"));
        browser.type(By.id("forgot-password:username-or-email"), usernameOrEmail);
        browser.click(By.id("forgot-password:send-reset-link"));
        return browser.text(By.id("forgot-password:forgot-answer"));
    }

    private MimeMessage mailTo(String recipient, String subject) {
        return Eventually.await(
                        "the mail \"" + subject + "\" to " + recipient,
                        () -> Mailboxes.to(smtp, recipient).stream()
                                .filter(mail -> subjectOf(mail).equals(subject))
                                .toList(),
                        mails -> !mails.isEmpty())
                .getFirst();
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String linkIn(MimeMessage mail) {
        Matcher link = LINK.matcher(GreenMailUtil.getBody(mail));
        assertTrue(link.find(), GreenMailUtil.getBody(mail));
        return link.group();
    }

    /** Opens a mailed link in this browser, keeping only its path: the mail names the public URL. */
    private void openLink(String link) {
        browser.open(link.substring(link.indexOf("account/")));
    }

    private void choosePassword(String password) {
        browser.type(By.id("set-password:new-password"), password);
        browser.type(By.id("set-password:repeat-password"), password);
        browser.click(By.id("set-password:save-password"));
    }

    private void changeOwnPassword(String current, String password) {
        browser.type(By.id("my-account:current-password"), current);
        browser.type(By.id("my-account:new-password"), password);
        browser.type(By.id("my-account:repeat-password"), password);
        browser.click(By.id("my-account:change-password"));
    }
}
