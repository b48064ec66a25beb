package org.reviewdesk.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The sign-in page: which message it shows (a refusal, or how long to wait) and the page to return to after sign-in,
 * which is the page the container showed the sign-in page in place of.
 */
@Named
@RequestScoped
public class SignInPage {

    static final String FAILED = "reviewdesk.sign-in.failed";
    static final String WAIT_SECONDS = "reviewdesk.sign-in.wait-seconds";
    static final String NEXT = "reviewdesk.sign-in.next";

    @Inject
    HttpServletRequest request;

    public boolean isFailed() {
        return Boolean.TRUE.equals(request.getAttribute(FAILED));
    }

    public boolean isWaiting() {
        return request.getAttribute(WAIT_SECONDS) != null;
    }

    public long getWaitSeconds() {
        return request.getAttribute(WAIT_SECONDS) instanceof Long seconds ? seconds : 0;
    }

    public String getAction() {
        return request.getContextPath() + SignInServlet.PATH;
    }

    /** The page to go to after sign-in; the servlet checks it is one of ours before it redirects there. */
    public String getNext() {
        if (request.getAttribute(NEXT) instanceof String next) {
            return next;
        }
        Object asked = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (asked == null) {
            return request.getContextPath() + "/";
        }
        Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        return query == null ? asked.toString() : asked + "?" + query;
    }
}
