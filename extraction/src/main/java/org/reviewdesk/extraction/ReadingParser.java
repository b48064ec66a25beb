package org.reviewdesk.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Reads one file in the child process, detecting its type from the content, within limits a hostile file cannot get
 * past: a cap on the text kept and bounds on how deep and how many documents embedded in documents are read (the time
 * and memory limits are the child's: it is killed). Tika's own guard against zip bombs (compression ratio, XML depth)
 * stays on.
 *
 * <p>It answers the server through Tika's fork protocol, which proxies only the content handler back: the outcome,
 * the problem and the detected type as XHTML {@code <meta>} elements (ForkParser copies those into the server's
 * {@link Metadata}), then the finished text as characters. A request whose metadata says {@link #REQUEST} =
 * {@link #DETECT} gets the detected type alone: the upload policy's check.
 */
public class ReadingParser extends AbstractParser {

    public static final String REQUEST = "reviewdesk:request";
    public static final String DETECT = "detect";
    public static final String OUTCOME = "reviewdesk:outcome";
    public static final String PROBLEM = "reviewdesk:problem";

    private static final long serialVersionUID = 1L;
    private static final int MAX_EMBEDDED_DOCUMENTS = 200;
    private static final int CHUNK = 8192;

    private static final List<String> DESCRIPTIONS = List.of(
            TikaCoreProperties.TITLE.getName(),
            TikaCoreProperties.CREATOR.getName(),
            TikaCoreProperties.SUBJECT.getName(),
            TikaCoreProperties.DESCRIPTION.getName(),
            Office.KEYWORDS.getName(),
            Message.MESSAGE_FROM,
            Message.MESSAGE_TO);

    private final int maxCharacters;
    private final int maxEmbeddedDepth;
    private final transient Detector detector = new DefaultDetector();
    private final transient Parser parser = new AutoDetectParser();
    /** Text set at an angle (a rotated page, a sideways table) is read along its angle, not as scattered letters. */
    private final transient PDFParserConfig pdf = new PDFParserConfig();

    ReadingParser(int maxCharacters, int maxEmbeddedDepth) {
        this.maxCharacters = maxCharacters;
        this.maxEmbeddedDepth = maxEmbeddedDepth;
        pdf.setDetectAngles(true);
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return parser.getSupportedTypes(context);
    }

    @Override
    public void parse(InputStream content, ContentHandler answer, Metadata request, ParseContext unused)
            throws SAXException, IOException {
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            String detected =
                    detector.detect(stream, new Metadata()).getBaseType().toString();
            ReadText text = DETECT.equals(request.get(REQUEST))
                    ? ReadText.read(detected, "")
                    : read(stream, MediaType.parse(detected));
            report(text, answer);
        }
    }

    private ReadText read(TikaInputStream stream, MediaType detected) {
        if (XmlText.isXml(detected)) {
            return XmlText.read(stream, detected.toString(), maxCharacters);
        }
        BodyContentHandler handler = new BodyContentHandler(maxCharacters);
        Metadata metadata = new Metadata();
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        context.set(EmbeddedDocumentExtractor.class, new BoundedEmbeddedDocuments(context, maxEmbeddedDepth));
        context.set(PDFParserConfig.class, pdf);
        try {
            parser.parse(stream, handler, metadata, context);
            String text = ReadText.clean(describedBy(metadata) + handler);
            return text.length() > maxCharacters
                    ? ReadText.truncated(mediaTypeOf(metadata), text, maxCharacters)
                    : ReadText.read(mediaTypeOf(metadata), text);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return ReadText.truncated(
                        mediaTypeOf(metadata), ReadText.clean(describedBy(metadata) + handler), maxCharacters);
            }
            return unreadable(metadata, handler, "it could not be read (" + describe(e) + ")");
        } catch (EncryptedDocumentException e) {
            return unreadable(metadata, handler, "it is protected by a password");
        } catch (Exception | StackOverflowError e) {
            return unreadable(metadata, handler, "it could not be read (" + describe(e) + ")");
        }
    }

    private static ReadText unreadable(Metadata metadata, ContentHandler handler, String problem) {
        return ReadText.failed(mediaTypeOf(metadata), ReadText.clean(handler.toString()), problem);
    }

    private static void report(ReadText text, ContentHandler answer) throws SAXException {
        answer.startDocument();
        meta(answer, Metadata.CONTENT_TYPE, text.mediaType());
        meta(answer, OUTCOME, text.outcome());
        if (text.problem() != null) {
            meta(answer, PROBLEM, text.problem());
        }
        char[] characters = text.text().toCharArray();
        for (int start = 0; start < characters.length; start += CHUNK) {
            answer.characters(characters, start, Math.min(CHUNK, characters.length - start));
        }
        answer.endDocument();
    }

    private static void meta(ContentHandler answer, String name, String content) throws SAXException {
        AttributesImpl attributes = new AttributesImpl();
        attributes.addAttribute("", "name", "name", "CDATA", name);
        attributes.addAttribute("", "content", "content", "CDATA", content);
        answer.startElement("", "meta", "meta", attributes);
        answer.endElement("", "meta", "meta");
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
