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
import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.UserAccounts;

/**
 * Ends a signed-in session at its next request once an administrator disabled the account or changed its roles
 * (issue 12 §3), or a new password was chosen for it anywhere else: the page, or the Ajax request, lands on the
 * sign-in page instead. The session in which its owner changed the password goes on ({@link #passwordChangedHere}).
 *
 * <p>Why a check on every request rather than a registry of sessions that disabling invalidates: the database is
 * what every node of a cluster shares (DESIGN §11), so the check holds whichever node the session lives on,
 * with no session registry to keep in step between nodes and no message to broadcast. It costs one look-up of the
 * account by its unique user name per page or Ajax request; style sheets and scripts are not checked. The REST
 * API authenticates each call by its token, not by a session, and is not checked here.
 */
@WebFilter(filterName = "open-sessions", urlPatterns = "*.xhtml")
public class OpenSessions extends HttpFilter {

    /** When this session last knew the account's password: at sign-in, or when its owner changed it here. */
    private static final String PASSWORD_KNOWN_SINCE = "reviewdesk.password-known-since";

    @EJB
    UserAccounts accounts;

    /** Called once sign-in with the password succeeded. */
    static void passwordKnownFrom(HttpSession session, Instant signedIn) {
        session.setAttribute(PASSWORD_KNOWN_SINCE, signedIn);
    }

    /** Keeps this session open after its owner changed the password in it; the account's other sessions end. */
    public static void passwordChangedHere(HttpSession session) {
        session.setAttribute(PASSWORD_KNOWN_SINCE, Instant.now());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal signedIn = request.getUserPrincipal();
        if (signedIn != null
                && !accounts.sessionMayContinue(signedIn.getName(), rolesOf(request), passwordKnownSince(request))) {
            end(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static Instant passwordKnownSince(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(PASSWORD_KNOWN_SINCE) instanceof Instant since ? since : null;
    }

    private static Set<Role> rolesOf(HttpServletRequest request) {
        return Arrays.stream(Role.values())
                .filter(role -> request.isUserInRole(role.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    /** Signs out and sends the browser to the start page, which asks for a sign-in; Ajax gets the redirect it follows. */
    private static void end(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String start = request.getContextPath() + "/";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + start
                            + "\"></redirect></partial-response>");
        } else {
            response.sendRedirect(start);
        }
    }
}
