package org.reviewdesk.credentials;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.reviewdesk.configuration.Settings;
import org.reviewdesk.mail.AccountMail;
import org.reviewdesk.mail.Outbox;
import org.reviewdesk.security.AccountHistory;
import org.reviewdesk.security.LinkPurpose;
import org.reviewdesk.security.OneTimeLinks;
import org.reviewdesk.security.Passwords;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;
import org.reviewdesk.validation.EmailAddress;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;

/**
 * What every signed-in user changes on their own account: password (the current one required), name, and
 * e-mail address. A new address is taken only once its owner opened the link mailed to it; the old address
 * is told. The account is always the caller's own, from the security context, never from a parameter.
 * Every change is in the account's audit trail.
 */
@Stateless
@RolesAllowed({"SUBMITTER", "REVIEWER", "SUPERVISOR", "ADMIN"})
public class OwnAccount {

    public static final String NEW_EMAIL_FIELD = FormField.NEW_EMAIL.label();

    @Resource
    SessionContext context;

    @EJB
    UserAccounts accounts;

    @EJB
    OneTimeLinks links;

    @EJB
    Passwords passwords;

    @EJB
    AccountHistory history;

    @EJB
    MailedLinks mailedLinks;

    @Inject
    AccountMail mail;

    @EJB
    Outbox outbox;

    @Inject
    Settings settings;

    /** The signed-in user's account. */
    public UserAccount mine() {
        String username = context.getCallerPrincipal().getName();
        return accounts.find(username)
                .orElseThrow(() -> new IllegalStateException("No account for the signed-in user " + username));
    }

    /** A new password, if the current one is right and {@code PasswordPolicy} allows the new one. */
    public void changePassword(String current, String password, String repeated) {
        passwords.change(mine(), current, password, repeated);
    }

    /** A new display name; false when it is the name the account has already. */
    public boolean rename(String newName) {
        UserAccount account = mine();
        String before = account.displayName();
        account.rename(newName);
        if (before.equals(account.displayName())) {
            return false;
        }
        history.record(account, account.username(), "Changed the name from " + before + " to " + account.displayName());
        return true;
    }

    /**
     * Mails a confirmation link to the new address; the address changes only when that link is used
     * ({@link #confirmEmail}). Returns the address as it will be kept (lower-case).
     */
    public String requestEmailChange(String newEmail) {
        UserAccount account = mine();
        String address = EmailAddress.parse(newEmail, NEW_EMAIL_FIELD);
        if (address.equals(account.email())) {
            throw new InvalidInput(NEW_EMAIL_FIELD, address + " is your address already; enter the new one");
        }
        requireUnused(address, account);
        mailedLinks.send(
                account,
                LinkPurpose.EMAIL_CONFIRMATION,
                settings.emailConfirmationValidity(),
                address,
                (secret, validUntil) -> mail.emailConfirmation(address, account.displayName(), secret, validUntil),
                account.username(),
                "Asked to change the e-mail address to " + address + "; sent a confirmation link there");
        return address;
    }

    /**
     * Uses a confirmation link: the account takes the address the link was sent to, and the old address is
     * told. Public, like the link: whoever can read mail at the new address has shown it is theirs.
     */
    @PermitAll
    public UserAccount confirmEmail(String secret) {
        OneTimeLinks.Redeemed link = links.redeem(secret, LinkPurpose.EMAIL_CONFIRMATION);
        UserAccount account = link.account();
        String before = account.email();
        requireUnused(link.detail(), account);
        account.changeEmail(link.detail());
        outbox.send(mail.emailChanged(before, account.displayName(), account.email()));
        history.record(
                account,
                account.username(),
                "Changed the e-mail address from " + before + " to " + account.email()
                        + ", confirmed by the link sent there");
        return account;
    }

    private void requireUnused(String address, UserAccount account) {
        accounts.findByEmail(address)
                .filter(other -> !other.id().equals(account.id()))
                .ifPresent(other -> {
                    throw new InvalidInput(
                            NEW_EMAIL_FIELD,
                            address + " is the address of another account; each account needs"
                                    + " its own address, so enter another or ask your administrator");
                });
    }
}
