package org.reviewdesk.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Leaving a page from a backing bean: to another page, with a message, or as "not found". */
public final class Pages {

    private Pages() {}

    /** Answers 404, exactly as for an ID that does not exist, so IDs reveal nothing. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Redirects to a path of the application, such as "/submitter/home.xhtml". */
    public static void redirect(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.getFlash().setRedirect(true);
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Answers the request with a file to download (a CSV export) instead of the page. */
    public static void download(byte[] body, String mediaType, String fileName) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletResponse response =
                (HttpServletResponse) faces.getExternalContext().getResponse();
        Downloads.prepare(response, mediaType, fileName, body.length);
        response.getOutputStream().write(body);
        faces.responseComplete();
    }

    /** A confirmation shown once on the next page, after a redirect. */
    public static void flash(String text) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(text);
    }

    /** A confirmation on this page. */
    public static void info(String text) {
        message(FacesMessage.SEVERITY_INFO, text);
    }

    public static void message(FacesMessage.Severity severity, String text) {
        // An empty detail: a null one would repeat the summary.
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, ""));
    }
}
