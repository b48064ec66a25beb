package org.reviewdesk.it.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.csv.TextAndCSVParser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A parser only the test servers' text readers have (ExtractionIsolationIT): it reads plain text as Tika does, except
 * a text that starts with {@link #LOOP}, on which it spins forever ignoring interrupts, or with {@link #EXHAUST}, on
 * which it fills its heap. Such files are plain text to the upload policy, so they reach the reader as any upload
 * does. Registered through Tika's service loader in the jar the build puts only into the test servers' reader
 * classpath (ear/pom.xml), never into the EAR or the provisioned server.
 */
public class HostileParser extends AbstractParser {

    public static final String LOOP = "HOSTILE TEST FILE: LOOP FOREVER\n";
    public static final String EXHAUST = "HOSTILE TEST FILE: EXHAUST MEMORY\n";

    private static final long serialVersionUID = 1L;
    private static final Set<MediaType> TYPES = Set.of(MediaType.TEXT_PLAIN);

    /** Kept in a field, so that the allocations stay reachable until the heap is full. */
    private static final List<long[]> HOARD = new ArrayList<>();

    private final TextAndCSVParser text = new TextAndCSVParser();

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return TYPES;
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        stream.mark(64);
        String start = new String(stream.readNBytes(64), StandardCharsets.US_ASCII);
        stream.reset();
        if (start.startsWith(LOOP)) {
            spin();
        }
        if (start.startsWith(EXHAUST)) {
            while (true) {
                HOARD.add(new long[1 << 20]);
            }
        }
        text.parse(stream, handler, metadata, context);
    }

    @SuppressWarnings("InfiniteLoopStatement")
    private static void spin() {
        long turns = 0;
        while (true) {
            turns++;
            if (turns == Long.MIN_VALUE) {
                HOARD.clear();
            }
        }
    }
}
