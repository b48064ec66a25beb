package org.reviewdesk.it.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.reviewdesk.it.CorpusProbe;
import org.reviewdesk.it.SyntheticText;

/**
 * The scale corpus's files, made in the test JVM with the libraries a sender's office would use: PDF (OpenPDF), Word
 * and Excel (POI), e-mail, QRDA III XML and plain text, in turn, each with 150 to 600 words of {@link SyntheticText}
 * so that the search figures' queries find words in files too. The same seed makes the same files. Three cases in ten
 * get one, written as {@code <dir>/<sequence / 1000>/<sequence>-<name>} for {@link CorpusProbe} to attach.
 */
final class CorpusFiles {

    /** Cases {@code sequence} with {@code sequence % 10} below this have a file: 30,000 of 100,000. */
    private static final int IN_TEN_WITH_A_FILE = 3;

    private enum Format {
        PDF("evidence.pdf"),
        DOCX("explanation.docx"),
        XLSX("measures.xlsx"),
        EML("correspondence.eml"),
        QRDA("qrda-iii.xml"),
        TEXT("notes.txt");

        final String name;

        Format(String name) {
            this.name = name;
        }
    }

    private CorpusFiles() {}

    static boolean hasFile(int sequence) {
        return sequence % 10 < IN_TEN_WITH_A_FILE;
    }

    /** Writes the files of cases 0 to {@code cases - 1} into {@code dir}; how many it wrote. */
    static int write(Path dir, int cases, long seed) {
        int written = 0;
        try {
            for (int sequence = 0; sequence < cases; sequence++) {
                if (!hasFile(sequence)) {
                    continue;
                }
                Format format = Format.values()[(sequence / 10) % Format.values().length];
                SyntheticText text = new SyntheticText(seed * 7_368_787L - sequence);
                Path folder = Files.createDirectories(dir.resolve(CorpusProbe.folderOf(sequence)));
                Files.write(folder.resolve(sequence + "-" + format.name), bytes(format, sequence, text));
                written++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /** Every file written into {@code dir}, for the raw parse that reads the same files. */
    static List<Path> all(Path dir) {
        try (var files = Files.walk(dir)) {
            return new ArrayList<>(files.filter(Files::isRegularFile).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Format format, int sequence, SyntheticText text) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        for (int i = text.between(3, 8); i > 0; i--) {
            paragraphs.add(text.words(text.between(50, 75)));
        }
        return switch (format) {
            case PDF -> pdf(paragraphs);
            case DOCX -> docx(paragraphs);
            case XLSX -> xlsx(paragraphs, text);
            case EML -> eml(sequence, paragraphs);
            case QRDA -> qrda(sequence, paragraphs, text);
            case TEXT -> String.join("\n\n", paragraphs).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] pdf(List<String> paragraphs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        paragraphs.forEach(paragraph -> document.add(new Paragraph(paragraph)));
        document.close();
        return out.toByteArray();
    }

    private static byte[] docx(List<String> paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            paragraphs.forEach(
                    paragraph -> document.createParagraph().createRun().setText(paragraph));
            return written(document::write);
        }
    }

    /** A sheet of measures: an identifier, a score and a remark of the text per row. */
    private static byte[] xlsx(List<String> paragraphs, SyntheticText text) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Measures");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Measure");
            header.createCell(1).setCellValue("Performance rate");
            header.createCell(2).setCellValue("Remark");
            int rowNumber = 1;
            for (String paragraph : paragraphs) {
                for (String sentence : paragraph.split("\\. ")) {
                    Row row = sheet.createRow(rowNumber++);
                    row.createCell(0).setCellValue(String.format("%03d", text.between(1, 500)));
                    row.createCell(1).setCellValue(text.between(0, 1000) / 10.0);
                    row.createCell(2).setCellValue(sentence);
                }
            }
            return written(workbook::write);
        }
    }

    private static byte[] eml(int sequence, List<String> paragraphs) {
        String message = "From: practice.manager" + sequence + "@example.org\r\n"
                + "To: qpp.support@example.gov\r\n"
                + "Subject: Targeted review, our scoring question " + sequence + "\r\n"
                + "Date: Mon, 3 Mar 2025 10:15:00 -0500\r\n"
                + "Message-ID: <corpus-" + sequence + "@example.org>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "\r\n"
                + String.join("\r\n\r\n", paragraphs) + "\r\n";
        return message.getBytes(StandardCharsets.UTF_8);
    }

    /** A QRDA Category III report's frame, its narrative sections carrying the text. */
    private static byte[] qrda(int sequence, List<String> paragraphs, SyntheticText text) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<ClinicalDocument xmlns=\"urn:hl7-org:v3\">\n"
                + "  <realmCode code=\"US\"/>\n"
                + "  <templateId root=\"2.16.840.1.113883.10.20.27.1.1\" extension=\"2017-06-01\"/>\n"
                + "  <id root=\"corpus-" + sequence + "\"/>\n"
                + "  <code code=\"55184-6\" codeSystem=\"2.16.840.1.113883.6.1\""
                + " displayName=\"Quality Reporting Document Architecture Calculated Summary Report\"/>\n"
                + "  <title>QRDA III report " + sequence + "</title>\n"
                + "  <component><structuredBody>\n");
        for (String paragraph : paragraphs) {
            xml.append("    <component><section>\n")
                    .append("      <templateId root=\"2.16.840.1.113883.10.20.27.2.1\"/>\n")
                    .append("      <title>Measure ")
                    .append(text.between(1, 500))
                    .append("</title>\n      <text>")
                    .append(paragraph)
                    .append("</text>\n    </section></component>\n");
        }
        return xml.append("  </structuredBody></component>\n</ClinicalDocument>\n")
                .toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static byte[] written(Writing writing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.to(out);
        return out.toByteArray();
    }
}
