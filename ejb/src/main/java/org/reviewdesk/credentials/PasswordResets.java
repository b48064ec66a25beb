package org.reviewdesk.credentials;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.reviewdesk.configuration.Settings;
import org.reviewdesk.mail.AccountMail;
import org.reviewdesk.security.AccountHistory;
import org.reviewdesk.security.LinkPurpose;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;

/**
 * Password-reset links, mailed to the account's own address: asked for by anyone on the sign-in page
 * ("Forgot your password?"), or sent by an administrator. The link leads to the set-password page and
 * works once, for {@link Settings#passwordResetValidity()}; a newer link replaces an older one. The
 * current password keeps working until a new one is chosen, so asking for a reset locks nobody out.
 */
@Stateless
public class PasswordResets {

    /** What the sign-in page answers, whether or not the account exists: nobody learns who has one. */
    public static final String ANSWER =
            "If an account with that user name or e-mail address exists and is enabled, a link to"
                    + " choose a new password is on its way to the account's e-mail address. It works once, for %s. Check your"
                    + " spam folder if it has not arrived in a few minutes.";

    private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());

    @EJB
    UserAccounts accounts;

    @EJB
    MailedLinks mailedLinks;

    @Inject
    AccountMail mail;

    @Inject
    Settings settings;

    /**
     * Mails a reset link to the account's address; {@code actor} is who asked (an administrator's user name,
     * or {@link AccountHistory#SYSTEM} for "Forgot your password?"). Refused for a disabled account.
     */
    public void send(UserAccount account, String actor) {
        if (!account.isEnabled()) {
            throw new InvalidInput(
                    FormField.ACCOUNT,
                    account.username() + " is disabled: enable the account first, then send a reset link");
        }
        mailedLinks.send(
                account,
                LinkPurpose.PASSWORD_RESET,
                settings.passwordResetValidity(),
                null,
                (secret, validUntil) -> mail.passwordReset(
                        account.email(), account.displayName(), account.username(), secret, validUntil),
                actor,
                "Sent a password-reset link to " + account.email());
    }

    /**
     * "Forgot your password?": a reset link for the account with this user name or e-mail address, if there is
     * one and it is enabled; nothing otherwise. Asynchronous, so the page answers at once and equally fast
     * whether an account exists or not; the caller shows {@link #answer()} in every case.
     */
    @Asynchronous
    public void forgotten(String usernameOrEmail) {
        Optional<UserAccount> account = lookUp(usernameOrEmail);
        if (account.isEmpty() || !account.get().isEnabled()) {
            LOG.fine("A password reset was asked for an unknown or disabled account; no mail sent");
            return;
        }
        send(account.get(), AccountHistory.SYSTEM);
    }

    /** The one answer to "Forgot your password?". */
    public String answer() {
        return ANSWER.formatted(Durations.inWords(settings.passwordResetValidity()));
    }

    private Optional<UserAccount> lookUp(String usernameOrEmail) {
        String text = usernameOrEmail == null ? "" : usernameOrEmail.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return text.contains("@") ? accounts.findByEmail(text) : accounts.find(text.toLowerCase(java.util.Locale.ROOT));
    }
}
