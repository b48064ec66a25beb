package org.reviewdesk.it;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.util.Map;

/** The one rule of the test probes ({@link TestDeployments#withProbe}): they answer callers on this machine only. */
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
     * Writes a probe's answer as {@code name=value} lines ({@link java.util.Properties}, so the tests need no JSON
     * library), or 404 when the probe had no answer: the action it was asked for is not one of its own.
     */
    public static void answer(HttpServletResponse response, Map<String, Object> answer) throws IOException {
        if (answer == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        answer.forEach((name, value) -> out.println(name + "=" + value));
    }
}
