package org.reviewdesk.accounts;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reviewdesk.configuration.EasternTime;
import org.reviewdesk.configuration.Settings;
import org.reviewdesk.credentials.PasswordResets;
import org.reviewdesk.infrastructure.persistence.LikePattern;
import org.reviewdesk.mail.AccountMail;
import org.reviewdesk.mail.Outbox;
import org.reviewdesk.security.AccountHistory;
import org.reviewdesk.security.AccountState;
import org.reviewdesk.security.LinkPurpose;
import org.reviewdesk.security.OneTimeLinks;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;

/**
 * The administrator's work on accounts (issue 12 §3): the searchable list, creating and inviting, roles,
 * disabling and enabling, password-reset links. Only an administrator may call it; the acting administrator is
 * the caller the container knows, never a name a screen passes in. Every change is written to the account's
 * {@link AccountHistory} in the same transaction, so a change and its record stand or fall together.
 */
@Stateless
@RolesAllowed("ADMIN")
public class AccountAdministration {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    UserAccounts accounts;

    @EJB
    AccountHistory history;

    @EJB
    OneTimeLinks links;

    @EJB
    PasswordResets resets;

    @EJB
    Outbox outbox;

    @Inject
    AccountMail mail;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** One page of the accounts whose user name, name or e-mail contains the search text, by user name. */
    public List<UserAccount> page(String search, int first, int size) {
        return matching(search, "SELECT u FROM UserAccount u", UserAccount.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long count(String search) {
        return matching(search, "SELECT COUNT(u) FROM UserAccount u", Long.class)
                .getSingleResult();
    }

    public Optional<UserAccount> account(String username) {
        return username == null ? Optional.empty() : accounts.find(username);
    }

    /**
     * Creates an account without mailing anyone: the administrator hands its holder the returned one-time link
     * (shown once), through which they choose their password. The administrator never knows the password.
     */
    public Enrolment create(NewAccount details) {
        UserAccount account = accounts.add(details.invited());
        Duration validity = settings.invitationValidity();
        String link = linkFor(account, validity);
        history.record(
                account,
                actor(),
                "Created with the roles " + Role.labels(account.roles()) + "; a set-password link, valid until "
                        + until(validity) + ", shown to the administrator");
        return new Enrolment(account, link);
    }

    /** Creates an account and mails its holder the invitation with a one-time link to choose a password. */
    public UserAccount invite(NewAccount details) {
        UserAccount account = accounts.add(details.invited());
        mailInvitation(
                account, "Invited by e-mail to " + account.email() + " with the roles " + Role.labels(account.roles()));
        return account;
    }

    /** Mails a new invitation; the link sent before stops working. Only for an account that has no password yet. */
    public void resendInvitation(String username) {
        UserAccount account = existing(username);
        if (account.state() != AccountState.INVITED) {
            throw new InvalidInput(
                    FormField.INVITATION,
                    account.username() + " has chosen a password already;"
                            + " send a password-reset link instead if they cannot sign in");
        }
        mailInvitation(account, "Invitation sent again to " + account.email() + "; the earlier link no longer works");
    }

    /** Replaces the roles. An administrator never removes their own ADMIN role, so one administrator always remains. */
    public void changeRoles(String username, Set<Role> roles) {
        UserAccount account = existing(username);
        Set<Role> before = Set.copyOf(account.roles());
        Set<Role> after = roles == null ? Set.of() : roles;
        if (isActor(account) && !after.contains(Role.ADMIN)) {
            throw new InvalidInput(
                    UserAccount.ROLES_FIELD,
                    "You cannot remove your own Administrator role;"
                            + " another administrator can, so that there is always one administrator");
        }
        account.changeRoles(after);
        if (!before.equals(account.roles())) {
            history.record(
                    account,
                    actor(),
                    "Roles changed from " + Role.labels(before) + " to " + Role.labels(account.roles())
                            + "; open sessions ended");
        }
    }

    /** Refuses the account's sign-in from now on and ends its open sessions at their next request. */
    public void disable(String username) {
        UserAccount account = existing(username);
        if (isActor(account)) {
            throw new InvalidInput(FormField.ACCOUNT, "You cannot disable your own account; another administrator can");
        }
        if (account.isEnabled()) {
            account.disable();
            history.record(account, actor(), "Disabled; open sessions ended");
        }
    }

    public void enable(String username) {
        UserAccount account = existing(username);
        if (!account.isEnabled()) {
            account.enable();
            history.record(account, actor(), "Enabled");
        }
    }

    /** Mails the account's holder a one-time link to choose a new password; refused for a disabled account. */
    public void sendPasswordReset(String username) {
        resets.send(existing(username), actor());
    }

    private void mailInvitation(UserAccount account, String what) {
        Duration validity = settings.invitationValidity();
        String link = linkFor(account, validity);
        outbox.send(mail.invitation(
                account.email(),
                account.displayName(),
                account.username(),
                Role.labels(account.roles()),
                accounts.displayNameOf(actor()),
                link,
                clock.instant().plus(validity)));
        history.record(account, actor(), what + "; the link is valid until " + until(validity));
    }

    /** A new invitation link; issuing it makes any earlier one of the account stop working. */
    private String linkFor(UserAccount account, Duration validity) {
        return mail.linkToSetPassword(links.issue(account, LinkPurpose.INVITATION, validity, null));
    }

    private UserAccount existing(String username) {
        return account(username)
                .orElseThrow(() -> new InvalidInput(
                        FormField.ACCOUNT,
                        "There is no account " + username + "; choose one from the list of accounts"));
    }

    private boolean isActor(UserAccount account) {
        return account.username().equals(actor());
    }

    private String actor() {
        return context.getCallerPrincipal().getName();
    }

    private String until(Duration validity) {
        return EasternTime.dayAndTime(clock.instant().plus(validity));
    }

    private <T> TypedQuery<T> matching(String search, String select, Class<T> type) {
        String pattern = LikePattern.containing(search);
        String where = " WHERE LOWER(u.username) LIKE :p ESCAPE '\\' OR LOWER(u.displayName) LIKE :p ESCAPE '\\'"
                + " OR LOWER(u.email) LIKE :p ESCAPE '\\'";
        String order = type == Long.class ? "" : " ORDER BY u.username";
        return em.createQuery(select + where + order, type).setParameter("p", pattern);
    }
}
