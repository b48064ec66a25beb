package org.reviewdesk.attachment;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.reviewdesk.configuration.Settings;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads the text out of a document with Apache Tika, detecting its type from the content, within
 * limits a hostile file cannot get past: a time limit, a cap on the text kept, and bounds on how
 * deep and how many documents embedded in documents are read. Tika's own guard against zip bombs
 * (compression ratio, XML depth) stays on. A file that cannot be read gives what text was read
 * before the failure and the reason; it never throws.
 */
@ApplicationScoped
public class TextExtraction {

    /** Most characters kept from one file: far more than any supporting document needs to be found. */
    public static final int MAX_CHARACTERS = 1_000_000;
    /** A document in a document in a document is read; anything deeper is skipped. */
    static final int MAX_EMBEDDED_DEPTH = 3;

    static final int MAX_EMBEDDED_DOCUMENTS = 200;

    private static final Detector DETECTOR = new DefaultDetector();
    /** Text set at an angle (a rotated page, a sideways table) is read along its angle, not as scattered letters. */
    private static final PDFParserConfig PDF = new PDFParserConfig();

    static {
        PDF.setDetectAngles(true);
    }

    private static final List<String> DESCRIPTIONS = List.of(
            TikaCoreProperties.TITLE.getName(),
            TikaCoreProperties.CREATOR.getName(),
            TikaCoreProperties.SUBJECT.getName(),
            TikaCoreProperties.DESCRIPTION.getName(),
            Office.KEYWORDS.getName(),
            Message.MESSAGE_FROM,
            Message.MESSAGE_TO);

    /**
     * Each file is read on a thread of its own that ends with it: parsers leave thread-locals behind, and on a pooled
     * thread they would outlive the file (and keep an undeployed application's classes in memory).
     */
    @Resource
    ManagedThreadFactory managedThreads;

    @Inject
    Settings settings;

    private ThreadFactory threads;
    private Duration timeLimit;
    private int maxCharacters = MAX_CHARACTERS;
    private int maxEmbeddedDepth = MAX_EMBEDDED_DEPTH;

    protected TextExtraction() {}

    /** For use outside the server, with threads of the caller's and limits of its own. */
    public TextExtraction(ThreadFactory threads, Duration timeLimit, int maxCharacters, int maxEmbeddedDepth) {
        this.threads = threads;
        this.timeLimit = timeLimit;
        this.maxCharacters = maxCharacters;
        this.maxEmbeddedDepth = maxEmbeddedDepth;
    }

    public ExtractedText extract(InputStream content) {
        Duration limit = timeLimit != null ? timeLimit : settings.extractionTimeLimit();
        BodyContentHandler text = new BodyContentHandler(maxCharacters);
        Metadata metadata = new Metadata();
        FutureTask<ExtractedText> reading = new FutureTask<>(() -> read(content, text, metadata));
        Thread reader = (threads != null ? threads : managedThreads).newThread(reading);
        reader.setDaemon(true);
        reader.start();
        try {
            return reading.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            reading.cancel(true);
            return ExtractedText.failed(
                    mediaTypeOf(metadata),
                    clean(text.toString()),
                    "reading it took longer than " + limit.toSeconds()
                            + " s; only what was read by then is searchable");
        } catch (InterruptedException interrupted) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            return ExtractedText.failed(mediaTypeOf(metadata), "", "reading it was interrupted");
        } catch (ExecutionException e) {
            return ExtractedText.failed(
                    mediaTypeOf(metadata),
                    clean(text.toString()),
                    "it could not be read (" + describe(e.getCause()) + ")");
        }
    }

    private ExtractedText read(InputStream content, ContentHandler handler, Metadata metadata) {
        Parser parser = new AutoDetectParser();
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        context.set(EmbeddedDocumentExtractor.class, new BoundedEmbeddedDocuments(context, maxEmbeddedDepth));
        context.set(PDFParserConfig.class, PDF);
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            MediaType detected = DETECTOR.detect(stream, new Metadata());
            if (XmlText.isXml(detected)) {
                metadata.set(Metadata.CONTENT_TYPE, detected.getBaseType().toString());
                return XmlText.read(stream, detected.getBaseType().toString(), maxCharacters);
            }
            parser.parse(stream, handler, metadata, context);
            String text = clean(describedBy(metadata) + handler);
            if (text.length() > maxCharacters) {
                return new ExtractedText(
                        mediaTypeOf(metadata),
                        text.substring(0, maxCharacters),
                        ExtractedText.Outcome.TRUNCATED,
                        "only the first " + maxCharacters + " characters of its text are kept");
            }
            return new ExtractedText(mediaTypeOf(metadata), text, ExtractedText.Outcome.READ, null);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                String text = clean(describedBy(metadata) + handler);
                return new ExtractedText(
                        mediaTypeOf(metadata),
                        text.substring(0, Math.min(text.length(), maxCharacters)),
                        ExtractedText.Outcome.TRUNCATED,
                        "only the first " + maxCharacters + " characters of its text are kept");
            }
            return ExtractedText.failed(
                    mediaTypeOf(metadata), clean(handler.toString()), "it could not be read (" + describe(e) + ")");
        } catch (EncryptedDocumentException e) {
            return ExtractedText.failed(
                    mediaTypeOf(metadata), clean(handler.toString()), "it is protected by a password");
        } catch (Exception | StackOverflowError e) {
            return ExtractedText.failed(
                    mediaTypeOf(metadata), clean(handler.toString()), "it could not be read (" + describe(e) + ")");
        }
    }

    /**
     * What the document says about itself (title, authors, subject, keywords, sender and
     * recipients) as lines before its text: a scanned PDF or a spreadsheet of numbers is often
     * found by nothing else. Values only, no labels, so that "author" finds authors, not every file.
     */
    private static String describedBy(Metadata metadata) {
        StringBuilder lines = new StringBuilder();
        DESCRIPTIONS.forEach(property -> {
            String[] values = metadata.getValues(property);
            if (values.length > 0) {
                String joined = String.join("; ", new LinkedHashSet<>(Arrays.asList(values)))
                        .strip();
                if (!joined.isEmpty() && lines.indexOf(joined) < 0) {
                    lines.append(joined).append('\n');
                }
            }
        });
        return lines.isEmpty() ? "" : lines.append('\n').toString();
    }

    private static String mediaTypeOf(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (type == null || type.isBlank()) {
            return "application/octet-stream";
        }
        int parameters = type.indexOf(';');
        return (parameters < 0 ? type : type.substring(0, parameters)).strip();
    }

    private static String describe(Throwable problem) {
        String message = problem.getMessage();
        String kind = problem.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return kind;
        }
        return kind + ": " + (message.length() > 200 ? message.substring(0, 200) + "…" : message);
    }

    /**
     * The text without characters a database column or an XML page cannot hold (NUL and other
     * control characters), with runs of blanks and empty lines (office formats leave many between
     * cells) folded to one.
     */
    static String clean(String raw) {
        StringBuilder cleaned = new StringBuilder(raw.length());
        int newlines = 0;
        int spaces = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n') {
                newlines++;
                spaces = 0;
            } else if (c == '\t' || c == ' ' || Character.isISOControl(c) || c == '\u00a0') {
                spaces++;
            } else {
                if (!cleaned.isEmpty()) {
                    cleaned.append(newlines > 1 ? "\n\n" : newlines == 1 ? "\n" : spaces > 0 ? " " : "");
                }
                newlines = 0;
                spaces = 0;
                cleaned.append(c);
            }
        }
        return cleaned.toString();
    }

    /** Reads embedded documents (an attachment in an e-mail, a PDF in a Word file) only so far. */
    private static final class BoundedEmbeddedDocuments extends ParsingEmbeddedDocumentExtractor {

        private final int maxDepth;
        private int depth;
        private int documents;

        BoundedEmbeddedDocuments(ParseContext context, int maxDepth) {
            super(context);
            this.maxDepth = maxDepth;
        }

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return depth < maxDepth && documents < MAX_EMBEDDED_DOCUMENTS && super.shouldParseEmbedded(metadata);
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
                throws SAXException, IOException {
            documents++;
            depth++;
            try {
                super.parseEmbedded(stream, handler, metadata, outputHtml);
            } finally {
                depth--;
            }
        }
    }
}
