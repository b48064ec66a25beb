package org.reviewdesk.attachment;

import java.util.Map;

/**
 * Which files Review Desk accepts as supporting documentation: documents, spreadsheets,
 * presentations, text and XML (QRDA reports), e-mails and images, up to 25 MB each. The type
 * is the one Tika detects from the content; the file name's extension is not trusted.
 */
public final class AttachmentPolicy {

    public static final long MAX_BYTES = 25L * 1024 * 1024;

    private static final Map<String, String> ACCEPTED = Map.ofEntries(
            Map.entry("application/pdf", "PDF document"),
            Map.entry("application/msword", "Word document"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document"),
            Map.entry("application/vnd.ms-excel", "Excel workbook"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel workbook"),
            Map.entry("application/vnd.ms-powerpoint", "PowerPoint presentation"),
            Map.entry(
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    "PowerPoint presentation"),
            Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument text"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet"),
            Map.entry("application/rtf", "Rich Text document"),
            Map.entry("text/plain", "text file"),
            Map.entry("text/csv", "CSV file"),
            Map.entry("text/html", "web page"),
            Map.entry("application/xhtml+xml", "web page"),
            Map.entry("application/xml", "XML file"),
            Map.entry("text/xml", "XML file"),
            Map.entry("message/rfc822", "e-mail"),
            // A saved e-mail that starts with an mbox "From " line is detected as a mailbox.
            Map.entry("application/mbox", "e-mail"),
            Map.entry("application/vnd.ms-outlook", "Outlook message"),
            Map.entry("image/png", "PNG image"),
            Map.entry("image/jpeg", "JPEG image"),
            Map.entry("image/tiff", "TIFF image"));

    private AttachmentPolicy() {}

    /**
     * Why a file of this detected type is refused, or null when it is accepted; in a submitter's
     * words, never the media type (which means nothing to most of them).
     */
    public static String refusalFor(String mediaType) {
        if (ACCEPTED.containsKey(mediaType)) {
            return null;
        }
        if (mediaType.contains("ooxml-protected") || mediaType.contains("encrypted")) {
            return "it is protected by a password; remove the password and attach it again";
        }
        if (mediaType.equals("application/zip")
                || mediaType.contains("compressed")
                || mediaType.contains("x-tar")
                || mediaType.contains("x-7z")
                || mediaType.contains("x-rar")
                || mediaType.contains("gzip")) {
            return "archives such as .zip are not accepted; attach the files themselves";
        }
        if (mediaType.contains("executable") || mediaType.contains("x-msdownload") || mediaType.contains("x-sh")) {
            return "programs are not accepted";
        }
        return "files of this kind are not accepted; attach a PDF, Word, Excel, PowerPoint, text, XML, e-mail or image file";
    }

    /** A name a person recognises, such as "PDF document". */
    public static String describe(String mediaType) {
        return ACCEPTED.getOrDefault(mediaType, mediaType);
    }

    /** "2.4 MB", "812 KB". */
    public static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.US, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return Math.max(1, (bytes + 1023) / 1024) + " KB";
    }
}
