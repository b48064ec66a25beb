package org.reviewdesk.it;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.util.Map;

/**
 * The one rule of the test probes ({@link TestDeployments#withProbe}): they answer callers on this machine only; and
 * what they all do alike: read the prefix of the requests they deal with, answer in {@code name=value} lines, work in
 * a transaction of their own.
 */
public final class ProbeAccess {

    private ProbeAccess() {}

    /**
     * Answers 403 to a caller that is not on the loopback interface, and says so. The web fragment that opens the
     * probes' path to anonymous callers ships only with test deployments; this is the second lock.
     */
    public static boolean refusedUnlessLoopback(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
            return false;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return true;
    }

    /**
     * The request's {@code prefix}, or null once it has answered: 403 to a caller off this machine, 400 when the prefix
     * is missing or not a prefix.
     */
    public static String prefixOrRefused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (refusedUnlessLoopback(request, response)) {
            return null;
        }
        String prefix = request.getParameter("prefix");
        if (prefix == null || !prefix.matches("[A-Za-z0-9.-]{1,40}")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "prefix: 1 to 40 of A-Z a-z 0-9 . -");
            return null;
        }
        return prefix;
    }

    /** What the request asks the probe, as its method and path: {@code "POST /enqueue"}. */
    public static String action(HttpServletRequest request) {
        return request.getMethod() + " " + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    /** The probe's answer as {@code name=value} lines ({@link java.util.Properties}); 404 when there is none. */
    public static void answer(HttpServletResponse response, Map<String, Object> answer) throws IOException {
        if (answer == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        answer.forEach((name, value) -> out.println(name + "=" + value));
    }

    /** Runs {@code work} in a transaction of its own: committed when it returns, rolled back when it throws. */
    public static void inTransaction(UserTransaction transaction, Runnable work) {
        try {
            transaction.begin();
            try {
                work.run();
                transaction.commit();
            } catch (RuntimeException e) {
                transaction.rollback();
                throw e;
            }
        } catch (Exception e) {
            throw new IllegalStateException("The probe's transaction failed", e);
        }
    }
}
