package org.reviewdesk.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/** A file of the demo, read from the application's resources. */
record DemoFile(String resource, String name) {

    <T> T read(Function<InputStream, T> use) {
        try (InputStream content = DemoFile.class.getResourceAsStream("/demo/attachments/" + resource)) {
            if (content == null) {
                throw new IllegalStateException("The demo file demo/attachments/" + resource + " is missing");
            }
            return use.apply(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo's files (resources under {@code demo/attachments/}, SOURCES.txt there), with the name a submitter gives each. */
    static final List<DemoFile> FILES = List.of(
            new DemoFile("testPDF.pdf", "Letter from our practice manager.pdf"),
            new DemoFile("testWORD.docx", "Explanation of the scoring error.docx"),
            new DemoFile("footnotes.docx", "Clinician attestation.docx"),
            new DemoFile("testEXCEL.xlsx", "Measure performance worksheet.xlsx"),
            new DemoFile("testRTF.rtf", "Hardship notice.rtf"),
            new DemoFile("testPPT.pptx", "Registry submission timeline.pptx"),
            new DemoFile("App1-Indv-QRDA-III.xml", "QRDA III report - individual.xml"),
            new DemoFile("demo-mips-virtual-group.xml", "QRDA III report - virtual group.xml"));
}
