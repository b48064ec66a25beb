package org.reviewdesk.security.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;
import org.reviewdesk.security.Viewer;

/** The signed-in user as the screens show them: name, roles, home page, sign-out. */
@Named
@RequestScoped
public class CurrentUser {

    /** Whose home page a user with several roles lands on: the widest staff role first. */
    private static final List<Role> HOME_PRECEDENCE =
            List.of(Role.SUPERVISOR, Role.REVIEWER, Role.ADMIN, Role.SUBMITTER);

    @Inject
    HttpServletRequest request;

    @EJB
    UserAccounts accounts;

    private Optional<UserAccount> account;

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public String getUsername() {
        return isSignedIn() ? request.getUserPrincipal().getName() : "";
    }

    public String getDisplayName() {
        return account().map(UserAccount::displayName).orElse(getUsername());
    }

    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(this::hasRole).toList();
    }

    public String getRoleLabels() {
        return Role.labels(getRoles());
    }

    /** The signed-in user as the services check access: name, e-mail and roles. */
    public Viewer viewer() {
        return account()
                .map(Viewer::of)
                .orElseThrow(() -> new IllegalStateException("No account for the signed-in user " + getUsername()));
    }

    public String getEmail() {
        return account().map(UserAccount::email).orElse("");
    }

    public boolean hasRole(Role role) {
        return request.isUserInRole(role.name());
    }

    /** Sends the user to the home page of their role. */
    public String goHome() {
        return HOME_PRECEDENCE.stream()
                .filter(this::hasRole)
                .findFirst()
                .map(role -> "/" + role.name().toLowerCase() + "/home?faces-redirect=true")
                .orElse("/forbidden?faces-redirect=true");
    }

    public String signOut() throws ServletException {
        request.logout();
        request.getSession().invalidate();
        return "/index?faces-redirect=true";
    }

    private Optional<UserAccount> account() {
        if (account == null) {
            account = isSignedIn() ? accounts.find(getUsername()) : Optional.empty();
        }
        return account;
    }
}
