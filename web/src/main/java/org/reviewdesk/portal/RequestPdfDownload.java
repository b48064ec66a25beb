package org.reviewdesk.portal;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.document.RequestPdf;
import org.reviewdesk.request.RequestNotFound;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.request.TargetedReviews;
import org.reviewdesk.security.Viewer;
import org.reviewdesk.security.web.CurrentUser;
import org.reviewdesk.web.Downloads;

/** A PDF copy of a request, for whoever may see it: /files/request/{id}.pdf; anything else is 404. */
@WebServlet("/files/request/*")
public class RequestPdfDownload extends HttpServlet {

    @Inject
    CurrentUser currentUser;

    @EJB
    TargetedReviews reviews;

    @EJB
    Attachments attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.byId(request, response, this::sendPdf);
    }

    private void sendPdf(long id, HttpServletResponse response) throws IOException {
        Viewer viewer = currentUser.viewer();
        TargetedReviewRequest filed;
        try {
            filed = reviews.find(id, viewer);
        } catch (RequestNotFound notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<RequestPdf.ListedFile> files = attachments.of(filed.id(), viewer).stream()
                .map(file -> new RequestPdf.ListedFile(
                        file.fileName(), file.sizeBytes(), file.mediaType(), file.uploadedAt()))
                .toList();
        byte[] pdf = RequestPdf.render(filed, files);
        String name = "targeted-review-" + filed.performanceYear() + "-" + filed.number() + ".pdf";
        Downloads.prepare(response, "application/pdf", name, pdf.length);
        response.getOutputStream().write(pdf);
    }
}
