package org.reviewdesk.document;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.reviewdesk.attachment.AttachmentPolicy;
import org.reviewdesk.reference.Tin;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.Certification;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;
import org.reviewdesk.request.PhoneNumber;
import org.reviewdesk.request.Relationship;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.request.SubmissionWindow;
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

    /*
     * Liberation Sans ships inside the OpenPDF jar and is metric-compatible with Helvetica. Being a
     * TrueType font embedded with Identity-H encoding, it draws far more than the 218 WinAnsi
     * characters of the standard Helvetica, and the PDF carries the Unicode of every glyph, so the
     * text can be searched and copied out again.
     */
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

    /** Drawn in place of a character the font has no glyph for, so nothing the submitter wrote silently vanishes. */
    static final String MISSING_GLYPH = "\u25A1";

    private static final Color INK = new Color(0x1F, 0x1F, 0x1F);
    private static final Color MUTED = new Color(0x5A, 0x5A, 0x5A);
    private static final Color RULE = new Color(0xB0, 0xB0, 0xB0);

    private static final float MARGIN = 54;
    private static final float FOOTER_HEIGHT = 24;
    /** Below this much room a section heading moves to the next page rather than sit alone at the bottom. */
    private static final float ROOM_FOR_A_SECTION_START = 72;

    private RequestPdf() {}

    /** The request as a PDF document. */
    public static byte[] render(TargetedReviewRequest request, List<ListedFile> files) {
        return render(request, files, Instant.now());
    }

    /** The same, stamped with a given generation time so tests can read it back. */
    static byte[] render(TargetedReviewRequest request, List<ListedFile> files, Instant generatedAt) {
        Objects.requireNonNull(request, "request");
        return new Rendering(request, files == null ? List.of() : files, generatedAt).pdf();
    }

    /** "November 23, 2026 3:04 PM ET", or an em dash when there is no such moment. */
    static String easternDateTime(Instant moment) {
        return moment == null ? EMPTY : SubmissionWindow.dayAndTime(moment);
    }

    /** One document being laid out; not shared between threads. */
    private static final class Rendering {

        private final TargetedReviewRequest request;
        private final List<ListedFile> files;
        private final Instant generatedAt;

        private final BaseFont baseFont;
        private final Font body;
        private final Font label;
        private final Font small;
        private final Font bold;
        private final Font sectionHeading;
        private final Font title;
        private final Font displayId;

        private Document document;
        private PdfWriter writer;
        private boolean substitutedMissingGlyphs;

        Rendering(TargetedReviewRequest request, List<ListedFile> files, Instant generatedAt) {
            this.request = request;
            this.files = files;
            this.generatedAt = generatedAt;
            try {
                baseFont = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (IOException e) {
                throw new UncheckedIOException("The PDF font " + FONT + " is missing from the OpenPDF library", e);
            }
            // Only the regular face ships with OpenPDF: OpenPDF simulates bold by stroking the outlines.
            body = new Font(baseFont, 10, Font.NORMAL, INK);
            label = new Font(baseFont, 9, Font.NORMAL, MUTED);
            small = new Font(baseFont, 8, Font.NORMAL, MUTED);
            bold = new Font(baseFont, 10, Font.BOLD, INK);
            sectionHeading = new Font(baseFont, 12, Font.BOLD, INK);
            title = new Font(baseFont, 18, Font.BOLD, INK);
            displayId = new Font(baseFont, 10, Font.BOLD, MUTED);
        }

        byte[] pdf() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document = new Document(PageSize.LETTER, MARGIN, MARGIN, MARGIN, MARGIN + FOOTER_HEIGHT);
            writer = PdfWriter.getInstance(document, out);
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            writer.setPageEvent(new Footer());
            // Viewers draw the title with their own fonts: the words as entered, not as our font can draw them.
            document.addTitle(request.displayId() + " \u2013 " + request.title());
            document.addSubject("Targeted Review request");
            document.addCreator("Review Desk");
            document.open();

            heading();
            applicationType();
            submissionInformation();
            submitter();
            additionalStaffAccess();
            performanceCategories();
            issueTypes();
            detailedExplanation();
            supportingDocumentation();
            certification();
            if (substitutedMissingGlyphs) {
                noteOnMissingGlyphs();
            }

            document.close();
            return out.toByteArray();
        }

        // ---- the sections, in the order of the portal's screens

        private void heading() {
            ApplicationType type = request.applicationType();
            String party = orDash(request.partyName()) + (type == null ? "" : " (" + type.label() + ")");
            PdfPTable heading = column();
            heading.addCell(cell(request.displayId(), displayId, 14));
            heading.addCell(cell(request.title(), title, 24));
            heading.addCell(cell(request.status().label(), bold, 14));
            heading.addCell(cell(party, body, 14));
            heading.setSpacingAfter(8);
            document.add(heading);

            PdfPTable dates = labelledRows();
            row(dates, "Created", easternDateTime(request.createdAt()));
            row(dates, "Last saved", easternDateTime(request.updatedAt()));
            if (request.submittedAt() != null) {
                row(dates, "Submitted", easternDateTime(request.submittedAt()));
            }
            if (request.withdrawnAt() != null) {
                row(dates, "Withdrawn", easternDateTime(request.withdrawnAt()));
            }
            document.add(dates);
        }

        private void applicationType() {
            section("Application Type and Identifying Information");
            PdfPTable rows = labelledRows();
            ApplicationType type = request.applicationType();
            row(rows, TargetedReviewRequest.APPLICATION_TYPE, type == null ? null : type.label());
            if (type != null) {
                // A group's identifier is its TIN, which documents never show in full.
                row(rows, type.identifierLabel(), request.party().shownIdentifier());
            }
            document.add(rows);
        }

        private void submissionInformation() {
            section("Submission Information");
            PdfPTable rows = labelledRows();
            ApplicationType type = request.applicationType();
            row(rows, type == null ? "Name" : type.nameLabel(), request.partyName());
            // Clinician type and practice belong to clinicians; a group or entity has neither.
            boolean clinician = type == null || type.identifiedByNpi();
            if (clinician || request.clinicianType() != null) {
                row(rows, "Clinician Type", request.clinicianType());
            }
            if (clinician || request.practiceTin() != null) {
                String practice = request.isPracticeNotListed() ? "Not Listed" : request.practiceName();
                row(rows, TargetedReviewRequest.PRACTICE, practice);
                row(rows, TargetedReviewRequest.PRACTICE_TIN, masked(request.practiceTin()));
            }
            row(rows, TargetedReviewRequest.TICKET, request.serviceDeskTicket());
            document.add(rows);
        }

        private void submitter() {
            section("Submitter");
            PdfPTable rows = labelledRows();
            row(rows, PhoneNumber.FIELD, PhoneNumber.display(request.contactPhone(), request.contactPhoneExtension()));
            row(rows, TargetedReviewRequest.EMAIL, request.contactEmail());
            Relationship relationship = request.relationship();
            row(rows, TargetedReviewRequest.RELATIONSHIP, relationship == null ? null : relationship.label());
            if (relationship == Relationship.OTHER) {
                row(rows, "Description of Relationship", request.relationshipDescription());
            }
            document.add(rows);
        }

        private void additionalStaffAccess() {
            section("Additional Staff Access");
            PdfPTable rows = labelledRows();
            row(rows, TargetedReviewRequest.ADDITIONAL_ACCESS, lines(request.additionalAccess()));
            document.add(rows);
        }

        private void performanceCategories() {
            section(TargetedReviewRequest.CATEGORIES);
            document.add(list(request.categories().stream()
                    .map(PerformanceCategory::label)
                    .toList()));
        }

        private void issueTypes() {
            section(TargetedReviewRequest.ISSUE_TYPES);
            document.add(
                    list(request.issueTypes().stream().map(IssueType::label).toList()));
        }

        private void detailedExplanation() {
            section(TargetedReviewRequest.EXPLANATION);
            // One cell that may split anywhere: it flows across as many pages as the text needs.
            document.add(block(request.explanation(), body, 14, 0));
        }

        private void supportingDocumentation() {
            section("Supporting Documentation");
            if (files.isEmpty()) {
                document.add(block(null, body, 13, 0));
                return;
            }
            PdfPTable table = new PdfPTable(new float[] {4.2f, 1.1f, 2.2f, 3.4f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String column : List.of("File name", "Size", "Type", "Uploaded")) {
                PdfPCell header = cell(column, label);
                header.setBorder(Rectangle.BOTTOM);
                header.setBorderColor(RULE);
                table.addCell(header);
            }
            for (ListedFile file : files) {
                table.addCell(cell(file.name(), body));
                table.addCell(cell(AttachmentPolicy.size(file.sizeBytes()), body));
                table.addCell(
                        cell(file.mediaType() == null ? null : AttachmentPolicy.describe(file.mediaType()), body));
                table.addCell(cell(easternDateTime(file.uploadedAt()), body));
            }
            document.add(table);
        }

        private void certification() {
            section("Certification");
            Certification certification = request.certification();
            if (certification == null) {
                String status = request.status() == RequestStatus.WITHDRAWN
                        ? "Not certified (withdrawn before it was submitted)"
                        : NOT_CERTIFIED_DRAFT;
                document.add(block(status, body, 13, 0));
                return;
            }
            PdfPTable rows = labelledRows();
            row(rows, "Certified by", certification.certifiedBy());
            row(rows, "Certified on", easternDateTime(certification.certifiedAt()));
            document.add(rows);
            PdfPTable disclosureHeading = block("Disclosure agreed to", label, 13, 0);
            disclosureHeading.setSpacingBefore(6);
            document.add(disclosureHeading);
            // The exact text stored with the certification, not today's Disclosure.TEXT: the copy must
            // show what this submitter agreed to, even after the wording changes.
            document.add(block(certification.disclosureText(), body, 13, 12));
        }

        private void noteOnMissingGlyphs() {
            PdfPTable note = block(
                    "Some characters of this request cannot be drawn with the font of this PDF and are shown as "
                            + MISSING_GLYPH + ". The portal shows the request exactly as it was entered.",
                    small,
                    10,
                    0);
            note.setSpacingBefore(18);
            document.add(note);
        }

        // ---- building blocks
        //
        // Everything on a page is a table, plain text included: OpenPDF writes a table to the page as
        // soon as it is added but a paragraph only when its page ends, so mixing the two would put
        // the text out of reading order for whoever copies it out or extracts it.

        private void section(String name) {
            if (writer.getVerticalPosition(true) - document.bottom() < ROOM_FOR_A_SECTION_START) {
                document.newPage();
            }
            // A one-cell table, so the heading is underlined across the page at a set distance from its words.
            PdfPTable heading = column();
            heading.setSpacingBefore(16);
            heading.setSpacingAfter(6);
            PdfPCell cell = cell(name, sectionHeading, 15);
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(RULE);
            cell.setBorderWidth(0.6f);
            cell.setPaddingBottom(7);
            heading.addCell(cell);
            document.add(heading);
        }

        /** Text that may split across pages anywhere, indented from the left by that much. */
        private PdfPTable block(String text, Font font, float leading, float indent) {
            PdfPTable block = column();
            PdfPCell cell = cell(text, font, leading);
            cell.setPaddingLeft(indent);
            block.addCell(cell);
            return block;
        }

        /** A single column whose rows split at the page's end rather than jump whole to the next page. */
        private PdfPTable column() {
            PdfPTable column = new PdfPTable(1);
            column.setWidthPercentage(100);
            column.setSplitLate(false);
            return column;
        }

        /** Label on the left, value on the right; rows may split across pages so no value is cut off. */
        private PdfPTable labelledRows() {
            PdfPTable table = new PdfPTable(new float[] {2.2f, 5f});
            table.setWidthPercentage(100);
            table.setSplitLate(false);
            return table;
        }

        private void row(PdfPTable table, String name, String value) {
            table.addCell(cell(name, label));
            table.addCell(cell(value, body));
        }

        private PdfPTable list(List<String> items) {
            PdfPTable table = column();
            if (items.isEmpty()) {
                table.addCell(cell(null, body));
            }
            for (String item : items) {
                table.addCell(cell("\u2022  " + item, body));
            }
            return table;
        }

        private PdfPCell cell(String text, Font font) {
            // One leading for labels and values alike, so their first lines share a baseline.
            return cell(text, font, 13);
        }

        private PdfPCell cell(String text, Font font, float leading) {
            PdfPCell cell = new PdfPCell(new Phrase(drawable(orDash(text)), font));
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPaddingLeft(0);
            cell.setPaddingTop(2);
            cell.setPaddingBottom(4);
            cell.setLeading(leading, 0);
            return cell;
        }

        /**
         * The text as the font can draw it. Line breaks are kept; characters without a glyph become
         * {@link #MISSING_GLYPH}, except those that draw nothing by themselves (controls, joiners,
         * variation selectors), which are left out.
         */
        private String drawable(String text) {
            String normalized =
                    Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
            StringBuilder shown = new StringBuilder(normalized.length());
            normalized.codePoints().forEach(codePoint -> {
                if (codePoint == '\n' || baseFont.charExists(codePoint)) {
                    shown.appendCodePoint(codePoint);
                } else if (codePoint == '\t') {
                    shown.append("    ");
                } else if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                    shown.append(' ');
                } else if (drawsNothing(codePoint)) {
                    // leave it out
                } else {
                    shown.append(MISSING_GLYPH);
                    substitutedMissingGlyphs = true;
                }
            });
            return shown.toString();
        }

        private static boolean drawsNothing(int codePoint) {
            int type = Character.getType(codePoint);
            return type == Character.CONTROL
                    || type == Character.FORMAT
                    || type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
        }

        /** The footer of every page: which request, which page of how many, and when the copy was made. */
        private final class Footer extends PdfPageEventHelper {

            private PdfTemplate pageCount;

            @Override
            public void onOpenDocument(PdfWriter writer, Document document) {
                // The total is known only at the end: each page refers to this template, filled in on close.
                pageCount = writer.getDirectContent().createTemplate(40, 12);
            }

            @Override
            public void onEndPage(PdfWriter writer, Document document) {
                PdfContentByte canvas = writer.getDirectContent();
                float y = document.bottom() - FOOTER_HEIGHT;
                canvas.saveState();
                canvas.setColorStroke(RULE);
                canvas.setLineWidth(0.5f);
                canvas.moveTo(document.left(), y + 12);
                canvas.lineTo(document.right(), y + 12);
                canvas.stroke();
                canvas.restoreState();

                String page = request.displayId() + "  \u00B7  Page " + writer.getPageNumber() + " of ";
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(page, small), document.left(), y, 0);
                canvas.addTemplate(pageCount, document.left() + baseFont.getWidthPoint(page, small.getSize()), y);
                String generated = "Generated " + easternDateTime(generatedAt) + " by Review Desk";
                ColumnText.showTextAligned(
                        canvas, Element.ALIGN_RIGHT, new Phrase(generated, small), document.right(), y, 0);
            }

            @Override
            public void onCloseDocument(PdfWriter writer, Document document) {
                ColumnText.showTextAligned(
                        pageCount,
                        Element.ALIGN_LEFT,
                        new Phrase(String.valueOf(writer.getPageNumber() - 1), small),
                        0,
                        0,
                        0);
            }
        }
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? EMPTY : text;
    }

    private static String masked(String tin) {
        return tin == null ? null : Tin.mask(tin);
    }

    private static String lines(Collection<String> values) {
        return values.isEmpty() ? null : values.stream().collect(Collectors.joining("\n"));
    }
}
