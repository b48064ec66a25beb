package org.reviewdesk.accounts.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.reviewdesk.accounts.AccountAdministration;
import org.reviewdesk.security.AccountEvent;
import org.reviewdesk.security.AccountHistory;
import org.reviewdesk.security.AccountState;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.web.CurrentUser;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.web.FormErrors;
import org.reviewdesk.web.Pages;

/** One account as the administrator manages it: roles, disable and enable, links, and its audit trail. */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    @EJB
    AccountAdministration administration;

    @Inject
    AccountHistory history;

    @Inject
    CurrentUser currentUser;

    private final FormErrors errors = new FormErrors();
    private String user;
    private UserAccount account;
    private Role[] roles = {};
    private List<AccountEvent> events = List.of();

    /** Opens the account of the {@code user} parameter; an unknown one is "not found", like any missing page. */
    public void open() {
        if (!load()) {
            Pages.notFound();
        }
    }

    public void saveRoles() {
        act(
                () -> administration.changeRoles(user, Set.of(roles)),
                () -> "The roles of " + account.displayName() + " are now " + getRoleLabels()
                        + (isSelf()
                                ? "; sign in again to work with them"
                                : "; their open sessions have ended, and they sign in again with the new roles"));
    }

    public void disable() {
        act(
                () -> administration.disable(user),
                () -> account.displayName() + " is disabled: their open sessions have ended and they cannot sign in");
    }

    public void enable() {
        act(() -> administration.enable(user), () -> account.displayName() + " is enabled and can sign in again");
    }

    public void sendPasswordReset() {
        act(
                () -> administration.sendPasswordReset(user),
                () -> "A password-reset link is on its way to " + account.email());
    }

    public void resendInvitation() {
        act(
                () -> administration.resendInvitation(user),
                () -> "The invitation is sent again to " + account.email() + "; the earlier link no longer works");
    }

    /** Carries out a change and confirms it, or shows why it was refused; the page shows the account as it is now. */
    private void act(Runnable change, Supplier<String> confirmation) {
        errors.clear();
        try {
            change.run();
            load();
            Pages.info(confirmation.get());
        } catch (InvalidInput refused) {
            load();
            errors.show(refused);
        }
    }

    private boolean load() {
        account = administration.account(user).orElse(null);
        if (account != null) {
            roles = account.roles().toArray(Role[]::new);
            events = history.of(account);
        }
        return account != null;
    }

    public List<AccountEvent> getHistory() {
        return events;
    }

    public boolean isSelf() {
        return account != null && account.username().equals(currentUser.getUsername());
    }

    public boolean isInvited() {
        return account.state() == AccountState.INVITED;
    }

    /** A reviewer's issue types and whether they take new cases are a supervisor's to set (on the workload page). */
    public boolean isReviewer() {
        return account.hasRole(Role.REVIEWER) || account.hasRole(Role.SUPERVISOR);
    }

    public String getRoleLabels() {
        return Role.labels(account.roles());
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public UserAccount getAccount() {
        return account;
    }

    public FormErrors getErrors() {
        return errors;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new Role[0] : roles;
    }
}
