package org.reviewdesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/** What every file download answers with: the ID from the path, and headers that make it a download. */
public final class Downloads {

    private Downloads() {}

    /** What a download does with the ID it was given: answers the file, or 404 when the viewer may not see it. */
    @FunctionalInterface
    public interface ById {
        void serve(long id, HttpServletResponse response) throws IOException;
    }

    /**
     * Serves the number at the end of the path, "/files/attachment/42" or "/files/request/17.pdf";
     * a path without one is answered 404 here, and {@code download} is not called.
     */
    public static void byId(HttpServletRequest request, HttpServletResponse response, ById download)
            throws IOException {
        OptionalLong id = idFrom(request);
        if (id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        download.serve(id.getAsLong(), response);
    }

    private static OptionalLong idFrom(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (path == null) {
            return OptionalLong.empty();
        }
        String digits = path.replaceFirst("^/", "").replaceFirst("\\.pdf$", "");
        if (!digits.matches("\\d{1,18}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(digits));
    }

    /**
     * Always a download, never shown in the page: an uploaded web page or image must not run or
     * render inside Review Desk's origin.
     */
    public static void prepare(HttpServletResponse response, String mediaType, String fileName, long size) {
        response.setContentType(mediaType);
        response.setContentLengthLong(size);
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\;]", "_");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
    }
}
