package org.reviewdesk.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.reviewdesk.configuration.EasternTime;
import org.reviewdesk.configuration.Settings;

/**
 * The e-mails about a person's account: one-time links (password reset, confirming a new address) and the
 * notice that an address changed. Wording in the templates {@code mail/account-*.ftl}, like {@link Notifications}.
 * A link's secret is in the mail and nowhere else (the mail log keeps a placeholder for it); the mail never carries a
 * password.
 */
@ApplicationScoped
public class AccountMail {

    /** The public page a password link (reset, invitation, first password) opens. */
    static final String SET_PASSWORD_PAGE = "account/set-password.xhtml?link=";

    /** The page a link confirming a new e-mail address opens. */
    static final String CONFIRM_EMAIL_PAGE = "account/confirm-email.xhtml?link=";

    @Inject
    Settings settings;

    public AccountMail() {}

    /** For tests, which run without a container. */
    AccountMail(Settings settings) {
        this.settings = settings;
    }

    /** A password-reset link to the account's address. */
    public OutgoingMail passwordReset(
            String recipient, String name, String username, String secret, Instant validUntil) {
        String link = linkToSetPassword(secret);
        return MailTemplates.untagged(
                        "account-password-reset.ftl",
                        recipient,
                        Map.of(
                                "name",
                                oneLine(name),
                                "username",
                                username,
                                "link",
                                link,
                                "validUntil",
                                EasternTime.dayAndTime(validUntil)))
                .withholding(link);
    }

    /**
     * An administrator's invitation: the user name, the roles, and the one-time link where the invited person
     * chooses a password, with the moment it expires.
     */
    public OutgoingMail invitation(
            String recipient,
            String name,
            String username,
            String roles,
            String inviter,
            String link,
            Instant validUntil) {
        return MailTemplates.untagged(
                        "account-invitation.ftl",
                        recipient,
                        Map.of(
                                "name",
                                oneLine(name),
                                "username",
                                username,
                                "roles",
                                roles,
                                "inviter",
                                oneLine(inviter),
                                "link",
                                link,
                                "validUntil",
                                EasternTime.dayAndTime(validUntil)))
                .withholding(link);
    }

    /** The link that confirms a new address, sent to that new address. */
    public OutgoingMail emailConfirmation(String newAddress, String name, String secret, Instant validUntil) {
        String link = settings.publicUrl() + CONFIRM_EMAIL_PAGE + secret;
        return MailTemplates.untagged(
                        "account-email-confirmation.ftl",
                        newAddress,
                        Map.of(
                                "name",
                                oneLine(name),
                                "newAddress",
                                newAddress,
                                "link",
                                link,
                                "validUntil",
                                EasternTime.dayAndTime(validUntil)))
                .withholding(link);
    }

    /** To the old address, once the new one is confirmed: the owner hears of it even if it was not them. */
    public OutgoingMail emailChanged(String oldAddress, String name, String newAddress) {
        return MailTemplates.untagged(
                "account-email-changed.ftl",
                oldAddress,
                Map.of("name", oneLine(name), "newAddress", newAddress, "signIn", settings.publicUrl()));
    }

    /** Where a password link leads; also for links that are written to the server log (the first administrator's). */
    public String linkToSetPassword(String secret) {
        return settings.publicUrl() + SET_PASSWORD_PAGE + secret;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
