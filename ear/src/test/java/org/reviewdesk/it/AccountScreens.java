package org.reviewdesk.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;

/** What a person does on the account screens and with the mails they send, for every test that needs it. */
public final class AccountScreens {

    private static final Pattern LINK =
            Pattern.compile("https?://\\S+/account/set-password\\.xhtml\\?link=[A-Za-z0-9_-]{43}");

    private AccountScreens() {}

    /** Whether a link is a one-time set-password link of this server. */
    public static boolean isSetPasswordLink(String link) {
        return LINK.matcher(link).matches();
    }

    /** Ticks or unticks one role of a role list by clicking its label. */
    public static void tick(Browser browser, String list, String role, boolean ticked) {
        By input = By.cssSelector("[id='" + list + "'] input[value='" + role + "']");
        if (browser.isSelected(input) != ticked) {
            String id = browser.script(
                            "return document.querySelector(arguments[0]).id;",
                            "[id='" + list + "'] input[value='" + role + "']")
                    .toString();
            browser.click(By.cssSelector("label[for='" + id + "']"));
        }
    }

    /** Opens the one-time link and chooses the password on the set-password page (issue12-credentials). */
    public static void choosePassword(Browser browser, String link, String password) {
        openLink(browser, link);
        browser.type(By.id("set-password:new-password"), password);
        browser.type(By.id("set-password:repeat-password"), password);
        browser.click(By.id("set-password:save-password"));
        browser.find(By.id("set-password:password-set"));
    }

    /** Opens a link of a mail, as clicking it does; the server it names is the one under test (its public URL). */
    public static void openLink(Browser browser, String link) {
        assertTrue(
                link.startsWith(browser.url("").replace("127.0.0.1", "localhost")) || link.startsWith(browser.url("")),
                link);
        browser.open(link.substring(link.indexOf("account/set-password.xhtml")));
    }

    /**
     * The set-password link in a mail, read from the raw body (this JVM has no activation provider to decode it), undoing
     * quoted-printable's soft line breaks and its escaped "=" should the mail have travelled so.
     */
    public static String linkIn(MimeMessage message) {
        String body = GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
        Matcher link = LINK.matcher(body);
        assertTrue(link.find(), "the mail carries its link: " + body);
        return link.group();
    }
}
