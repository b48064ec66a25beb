package org.reviewdesk.security.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.reviewdesk.configuration.Settings;
import org.reviewdesk.security.DecoyPassword;
import org.reviewdesk.security.SignInGuard;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;

/**
 * Password sign-in, in place of the container's {@code j_security_check} (which the server refuses,
 * wildfly-config/50-web.cli): throttling first, then the same work for every user name, then the container's own
 * login against the Elytron realm, a new session id, and back to the page that asked for sign-in.
 */
@WebServlet(SignInServlet.PATH)
public class SignInServlet extends HttpServlet {

    static final String PATH = "/sign-in";

    @EJB
    SignInGuard guard;

    @EJB
    UserAccounts accounts;

    @Inject
    Settings settings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        String next = safeNext(request, request.getParameter("next"));
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            show(request, response, next, SignInPage.FAILED, Boolean.TRUE);
            return;
        }
        SignInGuard.Admission admission = admit(username, request.getRemoteAddr());
        if (!admission.granted()) {
            // 429 Too Many Requests, with the wait a client may read; the password was not looked at.
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(admission.waitSeconds()));
            show(request, response, next, SignInPage.WAIT_SECONDS, admission.waitSeconds());
            return;
        }
        Optional<UserAccount> account = accounts.find(username.strip()).filter(UserAccount::isEnabled);
        // The same PBKDF2 work when there is no such (enabled) account as when there is: timing tells nothing.
        boolean accepted = account.isPresent()
                ? passwordAccepted(request, account.get(), password)
                : DecoyPassword.refuse(password.toCharArray());
        if (!accepted) {
            countFailure(request.getRemoteAddr());
            show(request, response, next, SignInPage.FAILED, Boolean.TRUE);
            return;
        }
        guard.signedIn(account.get());
        startSession(request);
        response.sendRedirect(next);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }

    /**
     * The first failure of a user name or address inserts its row; two such tries at the same moment collide on the
     * key and one is rolled back. That one is told to wait a second, unchecked, which is what throttling would say.
     */
    private SignInGuard.Admission admit(String username, String address) {
        try {
            return guard.admit(username, address);
        } catch (EJBException collided) {
            return new SignInGuard.Admission(Duration.ofSeconds(1));
        }
    }

    /** The same collision when a failure is counted: counted again, now that the row exists. */
    private void countFailure(String address) {
        try {
            guard.failed(address);
        } catch (EJBException collided) {
            guard.failed(address);
        }
    }

    /** The sign-in page again, with the message that says why, still leading to the page that was asked for. */
    private static void show(
            HttpServletRequest request, HttpServletResponse response, String next, String message, Object value)
            throws ServletException, IOException {
        request.setAttribute(message, value);
        request.setAttribute(SignInPage.NEXT, next);
        request.getRequestDispatcher("/login.xhtml").forward(request, response);
    }

    /**
     * Where to go after sign-in: the page that asked for it, if it is a page of this application; otherwise the home
     * page. Never another site (an open redirect would lend our name to a phishing link).
     */
    static String safeNext(HttpServletRequest request, String next) {
        String home = request.getContextPath() + "/";
        if (next == null
                || !next.startsWith(home)
                || next.startsWith(home + "/")
                || next.contains("\\")
                || next.chars().anyMatch(Character::isISOControl)
                || next.startsWith(request.getContextPath() + PATH)) {
            return home;
        }
        return next;
    }

    /** The realm checks the password (PBKDF2, as stored); a signed-in user signing in again leaves the old identity. */
    private static boolean passwordAccepted(HttpServletRequest request, UserAccount account, String password)
            throws ServletException {
        if (request.getUserPrincipal() != null) {
            request.logout();
        }
        try {
            request.login(account.username(), password);
            return true;
        } catch (ServletException wrongPassword) {
            return false;
        }
    }

    /**
     * A new session id, so an id planted before sign-in (session fixation) is worth nothing after it; the idle timeout
     * and the time of sign-in that bounds the session's lifetime (SessionLifetimeFilter).
     */
    private void startSession(HttpServletRequest request) {
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setMaxInactiveInterval(
                Math.toIntExact(settings.sessionIdleTimeout().toSeconds()));
        Instant signedIn = Instant.now();
        session.setAttribute(SessionLifetimeFilter.SIGNED_IN_AT, signedIn);
        OpenSessions.passwordKnownFrom(session, signedIn);
    }
}
