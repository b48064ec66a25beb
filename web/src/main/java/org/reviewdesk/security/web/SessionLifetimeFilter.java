package org.reviewdesk.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import org.reviewdesk.configuration.Settings;

/**
 * The absolute lifetime of a signed-in session ({@code reviewdesk.session-lifetime}, 12 h by default): however busy it
 * is, the first request after it ends the session, and the browser goes to the sign-in page, which leads back to the
 * page it asked for. The idle timeout is the session's own (set at sign-in, SignInServlet).
 */
@WebFilter(urlPatterns = "/*")
public class SessionLifetimeFilter extends HttpFilter {

    static final String SIGNED_IN_AT = "reviewdesk.signed-in-at";

    @Inject
    Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(SIGNED_IN_AT) instanceof Instant signedIn
                && signedIn.plus(settings.sessionLifetime()).isBefore(Instant.now())) {
            request.logout();
            session.invalidate();
            sendToSignIn(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A page asks again (so the sign-in page leads back to it); a PrimeFaces Ajax request is told to load the page. */
    private static void sendToSignIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page = "GET".equals(request.getMethod()) && request.getQueryString() != null
                ? request.getRequestURI() + "?" + request.getQueryString()
                : request.getRequestURI();
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + page.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                            + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(page);
    }
}
