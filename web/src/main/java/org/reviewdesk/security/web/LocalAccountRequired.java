package org.reviewdesk.security.web;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;

/**
 * With sign-in through an OpenID Connect provider (wildfly-config/60-oidc.cli), the provider says who
 * someone is and which roles they have, but the person still needs a Review Desk account: it owns
 * their requests, is assigned cases, and holds their name and e-mail address. The account is the
 * enabled one whose user name is the provider's {@code preferred_username}; someone the provider
 * knows and Review Desk does not is signed out again and shown {@code /no-account.xhtml}, which
 * names the user name an administrator has to create. Accounts are never created on the fly, so
 * the provider alone cannot make someone a Review Desk user.
 * <p>
 * Checked once per session (a disabled account's sessions end when it is disabled). Local password
 * sign-in never gets here with an unknown name: the database realm is where those accounts live.
 */
@WebFilter(urlPatterns = "/*")
public class LocalAccountRequired extends HttpFilter {

    /** The user name that was refused, for the page that explains it. */
    public static final String REFUSED_USER = "reviewdesk.oidc.refused-user";

    private static final String CHECKED = "reviewdesk.oidc.account-checked";
    private static final String OIDC = "OIDC";

    @EJB
    UserAccounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null
                || !OIDC.equalsIgnoreCase(request.getAuthType())
                || alreadyChecked(request)) {
            chain.doFilter(request, response);
            return;
        }
        String username = request.getUserPrincipal().getName();
        if (accounts.find(username).filter(UserAccount::isEnabled).isPresent()) {
            request.getSession().setAttribute(CHECKED, username);
            chain.doFilter(request, response);
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.getSession(true).setAttribute(REFUSED_USER, username);
        response.sendRedirect(request.getContextPath() + "/no-account.xhtml");
    }

    private static boolean alreadyChecked(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && request.getUserPrincipal().getName().equals(session.getAttribute(CHECKED));
    }
}
