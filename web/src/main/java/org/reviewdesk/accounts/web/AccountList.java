package org.reviewdesk.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.reviewdesk.accounts.AccountAdministration;
import org.reviewdesk.accounts.Enrolment;
import org.reviewdesk.accounts.NewAccount;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.web.FormErrors;
import org.reviewdesk.web.Pages;
import org.reviewdesk.web.SearchedPages;

/**
 * The administrator's list of accounts (searchable, paged in the database) with the dialog that creates an
 * account or invites someone by e-mail.
 */
@Named
@ViewScoped
public class AccountList implements Serializable {

    @EJB
    AccountAdministration administration;

    private final FormErrors errors = new FormErrors();
    private String search;
    private SearchedPages<UserAccount> model;

    private String username;
    private String displayName;
    private String email;
    private Role[] roles = {};
    private boolean mailInvitation = true;

    /** The set-password link of an account just created: shown once, never kept beyond this view (transient). */
    private transient String createdLink;

    private String createdFor;

    @PostConstruct
    void start() {
        model = new SearchedPages<>(
                () -> administration.count(search),
                (first, size) -> administration.page(search, first, size),
                UserAccount::username);
    }

    /** Creates the account; with an invitation it is mailed its link, otherwise the link is shown here once. */
    public void create() {
        errors.clear();
        forgetLink();
        NewAccount details = new NewAccount(username, displayName, email, Set.of(roles));
        try {
            if (mailInvitation) {
                UserAccount invited = administration.invite(details);
                Pages.info(invited.displayName() + " is invited: the e-mail to " + invited.email()
                        + " carries the link to choose a password");
            } else {
                Enrolment enrolment = administration.create(details);
                createdLink = enrolment.link();
                createdFor = enrolment.account().displayName() + " ("
                        + enrolment.account().username() + ")";
            }
            clearForm();
        } catch (InvalidInput refused) {
            errors.show(refused);
        }
    }

    /** Hides the link after it was copied, so it does not stay on the screen. */
    public void forgetLink() {
        createdLink = null;
        createdFor = null;
    }

    public void clearForm() {
        username = null;
        displayName = null;
        email = null;
        roles = new Role[0];
        mailInvitation = true;
    }

    public String rolesOf(UserAccount account) {
        return Role.labels(account.roles());
    }

    /** When the account last signed in; none (shown as a dash) for an account that never has. */
    public Instant lastSignIn(UserAccount account) {
        return account.lastSignIn().orElse(null);
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public SearchedPages<UserAccount> getModel() {
        return model;
    }

    public FormErrors getErrors() {
        return errors;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new Role[0] : roles;
    }

    public boolean isMailInvitation() {
        return mailInvitation;
    }

    public void setMailInvitation(boolean mailInvitation) {
        this.mailInvitation = mailInvitation;
    }

    public String getCreatedLink() {
        return createdLink;
    }

    public String getCreatedFor() {
        return createdFor;
    }
}
