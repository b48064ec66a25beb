package org.reviewdesk.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What Tika reads from the shared corpus, and how the limits hold against its hostile files. Each extraction here starts
 * real reader processes, as the server does, from a directory whose one jar names this test's classpath (where the
 * extraction module and Tika's parser package are).
 */
class TextExtractionTest {

    private static Path childHome;
    private static TextExtraction standard;

    @BeforeAll
    static void childClasspath(@TempDir Path home) throws IOException {
        childHome = home;
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        manifest.getMainAttributes()
                .put(
                        Attributes.Name.CLASS_PATH,
                        Stream.of(classpath.split(File.pathSeparator))
                                .map(entry -> Path.of(entry).toUri().toString())
                                .collect(Collectors.joining(" ")));
        try (JarOutputStream jar =
                new JarOutputStream(Files.newOutputStream(home.resolve("classpath.jar")), manifest)) {
            jar.flush();
        }
        standard = extraction(Duration.ofSeconds(60), TextExtraction.MAX_CHARACTERS, TextExtraction.MAX_EMBEDDED_DEPTH);
    }

    @AfterAll
    static void stopReaders() {
        standard.close();
    }

    private static TextExtraction extraction(Duration timeLimit, int maxCharacters, int maxEmbeddedDepth) {
        return new TextExtraction(
                new TextExtraction.Limits(childHome, timeLimit, "512m", 1, 500, maxCharacters, maxEmbeddedDepth));
    }

    private static ExtractedText extract(String corpusFile) throws IOException {
        return extract(corpusFile, standard);
    }

    private static ExtractedText extractOnce(String corpusFile, TextExtraction extraction) throws IOException {
        try {
            return extract(corpusFile, extraction);
        } finally {
            extraction.close();
        }
    }

    private static ExtractedText extract(String corpusFile, TextExtraction extraction) throws IOException {
        try (InputStream content = Files.newInputStream(corpus(corpusFile))) {
            return extraction.extract(content);
        }
    }

    static Path corpus(String relative) {
        Path file = Path.of(System.getProperty("reviewdesk.shared-dir", "../../shared"), "corpus", relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(
                    file + " is missing: the tests need the shared folder beside the repository (../shared)");
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "EmbeddedPDF.docx",
                "footnotes.docx",
                "resume.html",
                "testComment.docx",
                "testEXCEL.xls",
                "testEXCEL.xlsx",
                "testEXCEL_labels-govdocs-515858.xls",
                "testEmailWithPNGAtt.eml",
                "testMSChart-govdocs-428996.xlsx",
                "testMSG.msg",
                "testPDF.pdf",
                "testPDF_Version.4.x.pdf",
                "testPDF_rotated.pdf",
                "testPDF_twoAuthors.pdf",
                "testPPT.pptx",
                "testRTF.rtf",
                "testRTFJapanese.rtf",
                "testWORD.doc",
                "testWORD.docx"
            })
    void everyOrdinaryDocumentIsReadWhole(String name) throws IOException {
        ExtractedText text = extract("documents/" + name);
        assertEquals(ExtractedText.Outcome.READ, text.outcome(), name + ": " + text.problem());
        assertTrue(text.hasText(), name + " gave no text");
        assertFalse(text.text().chars().anyMatch(c -> c == 0), name + ": no NUL characters reach the database");
    }

    @Test
    void documentsInsideDocumentsAreRead() throws IOException {
        assertTrue(
                extract("documents/EmbeddedPDF.docx").text().contains("embedded as an icon and saved as a pdf"),
                "the text of the PDF embedded in the Word file");
    }

    @Test
    void rotatedTextIsReadAlongItsAngle() throws IOException {
        assertTrue(
                extract("documents/testPDF_rotated.pdf")
                        .text()
                        .contains("Apache Tika is a toolkit for detecting and extracting metadata"),
                "the rotated page reads as sentences, not scattered letters");
    }

    @Test
    void whatADocumentSaysAboutItselfIsPartOfItsText() throws IOException {
        String twoAuthors = extract("documents/testPDF_twoAuthors.pdf").text();
        assertTrue(twoAuthors.contains("Sample Author 1") && twoAuthors.contains("Sample Author 2"), twoAuthors);
        assertTrue(
                extract("documents/testPDF_Version.4.x.pdf").text().contains("Sample Acrobat 4.x"),
                "the title of a blank PDF");
    }

    @Test
    void qrdaReportsAreReadWithTheirAttributes() throws IOException {
        ExtractedText group = extract("qrda/App1-Group-QRDA-III.xml");
        assertEquals("application/xml", group.mediaType());
        assertTrue(group.text().contains("MIPS_APP1_GROUP"), "the program code is an attribute value");
        assertTrue(extract("qrda/valid-QRDA-III-latest.xml").text().contains("000777777"), "the TIN in the report");
        ExtractedText notQrda = extract("qrda/not-a-QDRA-III-file.xml");
        assertTrue(
                notQrda.text().contains("3.16.840.1.113883.10.20.27.1.2")
                        && notQrda.text().contains("CHANGED FIRST DIGIT"),
                "an XML file with no element text is found by its attributes and comments: " + notQrda.text());
    }

    @Test
    void aPasswordProtectedWorkbookIsMarkedUnreadableWithTheReason() throws IOException {
        ExtractedText text = extract("hostile/testEXCEL_protected_passtika.xlsx");
        assertEquals(ExtractedText.Outcome.FAILED, text.outcome());
        assertTrue(text.problem().contains("password"), text.problem());
    }

    @Test
    void aZipBuiltToExhaustMemoryFailsQuietly() throws IOException {
        ExtractedText text = extract("hostile/testZIP_corrupted_oom.zip");
        assertEquals(ExtractedText.Outcome.FAILED, text.outcome());
        assertTrue(text.problem().startsWith("it could not be read"), text.problem());
    }

    @Test
    void documentsNestedDeeperThanTheLimitAreSkipped() throws IOException {
        String unlimited = extractOnce(
                        "hostile/test_recursive_embedded.docx",
                        extraction(Duration.ofSeconds(60), TextExtraction.MAX_CHARACTERS, 20))
                .text();
        String limited = extract("hostile/test_recursive_embedded.docx").text();
        assertTrue(unlimited.contains("embed_3"), "the file does nest deeper: " + unlimited);
        assertTrue(limited.contains("embed_2b"), limited);
        assertFalse(limited.contains("embed_3"), "nothing below the third level is read: " + limited);
        String droste = extract("hostile/droste.zip").text();
        assertTrue(
                droste.length() < 1_000,
                "a zip that contains itself is read only so deep: " + droste.length() + " characters");
    }

    @Test
    void aFileThatTakesTooLongIsCutOffWithTheReason() throws IOException {
        ExtractedText text = extractOnce("documents/testPPT.pptx", extraction(Duration.ofMillis(1), 1_000_000, 3));
        assertEquals(ExtractedText.Outcome.FAILED, text.outcome());
        assertTrue(text.problem().contains("took longer than"), text.problem());
    }

    @Test
    void textBeyondTheLimitIsCutAndMarked() throws IOException {
        TextExtraction short200 = extraction(Duration.ofSeconds(60), 200, 3);
        for (String file : List.of("documents/testPDF.pdf", "qrda/valid-QRDA-III-latest.xml")) {
            ExtractedText text = extract(file, short200);
            assertEquals(ExtractedText.Outcome.TRUNCATED, text.outcome(), file);
            assertTrue(text.text().length() <= 200, file + ": " + text.text().length());
            assertTrue(text.problem().contains("first 200 characters"), text.problem());
        }
        short200.close();
    }

    @Test
    void withoutItsJarsAFileIsKeptUnreadWithTheReasonAndItsTypeStillKnown(@TempDir Path empty) throws IOException {
        TextExtraction missing = new TextExtraction(
                new TextExtraction.Limits(empty.resolve("tika"), Duration.ofSeconds(60), "512m", 1, 500, 1_000, 3));
        ExtractedText text = extractOnce("documents/testPDF.pdf", missing);
        assertEquals(ExtractedText.Outcome.FAILED, text.outcome());
        assertTrue(text.problem().contains("could not be started"), text.problem());
        assertEquals(Optional.of("application/pdf"), missing.detect(corpus("documents/testPDF.pdf"), "testPDF.pdf"));
    }

    @Test
    void theTypeIsDetectedFromTheContentByTheReader() throws IOException {
        assertEquals(
                Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                standard.detect(corpus("documents/testWORD.docx"), "renamed.pdf"));
        assertEquals(Optional.of("application/zip"), standard.detect(corpus("hostile/droste.zip"), "droste.docx"));
    }
}
