package org.reviewdesk.it.browser;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.reviewdesk.intake.Intake;
import org.reviewdesk.it.TestRequests;
import org.reviewdesk.request.SubmissionWindows;
import org.reviewdesk.request.TargetedReviews;

/**
 * Test seed of the browser tests that need a submitted request (in their deployments only): files one owned by
 * the signed-in user, through intake as any request is, and answers its ID.
 */
@WebServlet("/test-seed/submitted-request")
public class SubmittedRequestSeed extends HttpServlet {

    @EJB
    Intake intake;

    @EJB
    SubmissionWindows windows;

    @EJB
    TargetedReviews reviews;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id = TestRequests.filedFor(request.getRemoteUser(), intake, windows, reviews)
                .id();
        response.setContentType("text/plain");
        response.getWriter().print(id);
    }
}
