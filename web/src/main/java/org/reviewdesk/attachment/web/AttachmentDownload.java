package org.reviewdesk.attachment.web;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.reviewdesk.attachment.Attachment;
import org.reviewdesk.attachment.AttachmentNotFound;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.security.web.CurrentUser;
import org.reviewdesk.web.Downloads;

/**
 * Serves an attached file to someone who may see its request: /files/attachment/{id}. Any
 * other ID answers 404, as if it did not exist.
 */
@WebServlet("/files/attachment/*")
public class AttachmentDownload extends HttpServlet {

    @EJB
    Attachments attachments;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.byId(request, response, this::sendAttachment);
    }

    private void sendAttachment(long id, HttpServletResponse response) throws IOException {
        Attachment file;
        try {
            file = attachments.find(id, currentUser.viewer());
        } catch (AttachmentNotFound notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.prepare(response, file.mediaType(), file.fileName(), file.sizeBytes());
        try (InputStream content = attachments.open(file.id(), currentUser.viewer())) {
            content.transferTo(response.getOutputStream());
        }
    }
}
