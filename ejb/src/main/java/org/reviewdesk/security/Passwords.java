package org.reviewdesk.security;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;

/**
 * Choosing a password: from a one-time link (invitation, reset, first administrator), or one's own while
 * signed in. {@link PasswordPolicy} decides what may be chosen; a refusal changes nothing, not even the link.
 */
@Stateless
public class Passwords {

    public static final String REPEAT_FIELD = FormField.REPEAT_PASSWORD.label();
    public static final String CURRENT_FIELD = FormField.CURRENT_PASSWORD.label();

    @EJB
    OneTimeLinks links;

    @EJB
    AccountHistory history;

    @Inject
    Clock clock;

    /**
     * Sets the password of the link's account and uses the link, in one transaction: a refused password
     * leaves the link working, a refused link changes no password.
     */
    public UserAccount chooseWithLink(String secret, String password, String repeated) {
        OneTimeLinks.Redeemed link = links.redeem(secret, LinkPurpose.SETS_PASSWORD);
        UserAccount account = link.account();
        requireSame(password, repeated);
        account.choosePassword(password, clock.instant());
        history.record(
                account,
                account.username(),
                "Chose a new password with the " + link.purpose().noun());
        return account;
    }

    /**
     * Its owner's new password, if the current one is right: whoever finds a session left open cannot
     * take the account over.
     */
    public void change(UserAccount account, String current, String password, String repeated) {
        if (current == null || !account.passwordMatches(current.toCharArray())) {
            throw new InvalidInput(
                    CURRENT_FIELD, "this is not your current password; type the password you signed in with");
        }
        requireSame(password, repeated);
        account.choosePassword(password, clock.instant());
        history.record(account, account.username(), "Changed the password");
    }

    private static void requireSame(String password, String repeated) {
        if (password == null || !password.equals(repeated)) {
            throw new InvalidInput(REPEAT_FIELD, "the two passwords differ; type the same new password in both fields");
        }
    }
}
