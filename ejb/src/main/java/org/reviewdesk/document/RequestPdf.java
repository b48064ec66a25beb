package org.reviewdesk.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.reviewdesk.configuration.EasternTime;
import org.reviewdesk.request.TargetedReviewRequest;

/**
 * A request as the PDF its submitter downloads from the portal: a faithful copy of what they
 * filed, under the same section headings as the portal's screens, with TINs masked and every
 * date in US Eastern time, like the rest of the program's correspondence.
 */
public final class RequestPdf {

    /** A file attached to the request, as listed in the PDF. */
    public record ListedFile(String name, long sizeBytes, String mediaType, Instant uploadedAt) {}

    static final String EMPTY = "\u2014";
    static final String NOT_CERTIFIED_DRAFT = "Not certified yet (draft)";

    /** Drawn in place of a character the font has no glyph for, so nothing the submitter wrote silently vanishes. */
    static final String MISSING_GLYPH = "\u25A1";

    private RequestPdf() {}

    /** The request as a PDF document. */
    public static byte[] render(TargetedReviewRequest request, List<ListedFile> files) {
        return render(request, files, Instant.now());
    }

    /** The same, stamped with a given generation time so tests can read it back. */
    static byte[] render(TargetedReviewRequest request, List<ListedFile> files, Instant generatedAt) {
        Objects.requireNonNull(request, "request");
        return new RequestRendering(request, files == null ? List.of() : files, generatedAt).pdf();
    }

    /** "November 23, 2026 3:04 PM ET", or an em dash when there is no such moment. */
    static String easternDateTime(Instant moment) {
        return moment == null ? EMPTY : EasternTime.dayAndTime(moment);
    }

    /** The text, or an em dash where there is none. */
    static String orDash(String text) {
        return text == null || text.isBlank() ? EMPTY : text;
    }
}
