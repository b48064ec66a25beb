package org.reviewdesk.document;

import static org.reviewdesk.document.RequestPdf.MISSING_GLYPH;
import static org.reviewdesk.document.RequestPdf.easternDateTime;
import static org.reviewdesk.document.RequestPdf.orDash;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
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

/**
 * The pages of a request PDF and what goes on them: the font, its sizes, headings, labelled rows, lists, text that
 * flows across pages, and the footer of every page. One document being laid out; not shared between threads.
 */
final class PdfLayout {

    /*
     * Liberation Sans ships inside the OpenPDF jar and is metric-compatible with Helvetica. Being a
     * TrueType font embedded with Identity-H encoding, it draws far more than the 218 WinAnsi
     * characters of the standard Helvetica, and the PDF carries the Unicode of every glyph, so the
     * text can be searched and copied out again.
     */
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

    private static final Color INK = new Color(0x1F, 0x1F, 0x1F);
    private static final Color MUTED = new Color(0x5A, 0x5A, 0x5A);
    static final Color RULE = new Color(0xB0, 0xB0, 0xB0);

    private static final float MARGIN = 54;
    private static final float FOOTER_HEIGHT = 24;
    /** Below this much room a section heading moves to the next page rather than sit alone at the bottom. */
    private static final float ROOM_FOR_A_SECTION_START = 72;

    private final String documentId;
    private final Instant generatedAt;

    private final BaseFont baseFont;
    final Font body;
    final Font label;
    final Font small;
    final Font bold;
    final Font sectionHeading;
    final Font title;
    final Font displayId;

    private ByteArrayOutputStream out;
    private Document document;
    private PdfWriter writer;
    private boolean substitutedMissingGlyphs;

    /** A layout whose footer names {@code documentId} and says the copy was made at {@code generatedAt}. */
    PdfLayout(String documentId, Instant generatedAt) {
        this.documentId = documentId;
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

    /** Starts the document, with the title and subject viewers show. */
    void open(String title, String subject) {
        out = new ByteArrayOutputStream();
        document = new Document(PageSize.LETTER, MARGIN, MARGIN, MARGIN, MARGIN + FOOTER_HEIGHT);
        writer = PdfWriter.getInstance(document, out);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.setPageEvent(new Footer());
        document.addTitle(title);
        document.addSubject(subject);
        document.addCreator("Review Desk");
        document.open();
    }

    /** Ends the document: the PDF's bytes. */
    byte[] close() {
        document.close();
        return out.toByteArray();
    }

    void add(PdfPTable table) {
        document.add(table);
    }

    /** Whether some text had characters the font cannot draw, shown as {@link RequestPdf#MISSING_GLYPH}. */
    boolean substitutedMissingGlyphs() {
        return substitutedMissingGlyphs;
    }

    // ---- building blocks
    //
    // Everything on a page is a table, plain text included: OpenPDF writes a table to the page as
    // soon as it is added but a paragraph only when its page ends, so mixing the two would put
    // the text out of reading order for whoever copies it out or extracts it.

    void section(String name) {
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
    PdfPTable block(String text, Font font, float leading, float indent) {
        PdfPTable block = column();
        PdfPCell cell = cell(text, font, leading);
        cell.setPaddingLeft(indent);
        block.addCell(cell);
        return block;
    }

    /** A single column whose rows split at the page's end rather than jump whole to the next page. */
    PdfPTable column() {
        PdfPTable column = new PdfPTable(1);
        column.setWidthPercentage(100);
        column.setSplitLate(false);
        return column;
    }

    /** Label on the left, value on the right; rows may split across pages so no value is cut off. */
    PdfPTable labelledRows() {
        PdfPTable table = new PdfPTable(new float[] {2.2f, 5f});
        table.setWidthPercentage(100);
        table.setSplitLate(false);
        return table;
    }

    void row(PdfPTable table, String name, String value) {
        table.addCell(cell(name, label));
        table.addCell(cell(value, body));
    }

    PdfPTable list(List<String> items) {
        PdfPTable table = column();
        if (items.isEmpty()) {
            table.addCell(cell(null, body));
        }
        for (String item : items) {
            table.addCell(cell("\u2022  " + item, body));
        }
        return table;
    }

    PdfPCell cell(String text, Font font) {
        // One leading for labels and values alike, so their first lines share a baseline.
        return cell(text, font, 13);
    }

    PdfPCell cell(String text, Font font, float leading) {
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
    String drawable(String text) {
        String normalized = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
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

            String page = documentId + "  \u00B7  Page " + writer.getPageNumber() + " of ";
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
