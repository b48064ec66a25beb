package org.reviewdesk.search;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;

/** Reads the text out of a document with Apache Tika, detecting its type from the content. */
@ApplicationScoped
public class TextExtraction {

    /** Most characters kept from one document; enough for any real supporting document. */
    public static final int MAX_CHARACTERS = 5_000_000;

    private final Parser parser = new AutoDetectParser();
    private final Tika detector = new Tika();

    public ExtractedText extract(InputStream content, String fileName) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARACTERS);
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            String mediaType = detector.detect(stream, new Metadata());
            boolean truncated = false;
            try {
                parser.parse(stream, handler, metadata, new ParseContext());
            } catch (SAXException e) {
                if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                    throw new IOException("Could not read the text of " + fileName, e);
                }
                truncated = true;
            } catch (TikaException e) {
                throw new IOException("Could not read the text of " + fileName + ": " + e.getMessage(), e);
            }
            return new ExtractedText(mediaType, handler.toString().strip(), truncated);
        }
    }
}
