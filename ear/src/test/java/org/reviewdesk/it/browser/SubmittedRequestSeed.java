package org.reviewdesk.it.browser;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.reviewdesk.it.TestFiling;

/**
 * Test seed of the browser tests that need a submitted request (in their deployments only): files one owned by
 * the signed-in user, through intake as any request is, and answers its ID.
 */
@WebServlet("/test-seed/submitted-request")
public class SubmittedRequestSeed extends HttpServlet {

    @Inject
    TestFiling filing;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id = filing.filedFor(request.getRemoteUser()).id();
        response.setContentType("text/plain");
        response.getWriter().print(id);
    }
}
