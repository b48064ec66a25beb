package org.reviewdesk.extraction;

import java.util.Map;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserFactory;

/**
 * Builds the {@link ReadingParser} in the child process: Tika's {@code ForkServer} instantiates this class by name
 * with the limits the server sends ({@link #MAX_CHARACTERS}, {@link #MAX_EMBEDDED_DEPTH}).
 */
public class ReadingParserFactory extends ParserFactory {

    public static final String MAX_CHARACTERS = "max-characters";
    public static final String MAX_EMBEDDED_DEPTH = "max-embedded-depth";

    private final Map<String, String> limits;

    public ReadingParserFactory(Map<String, String> limits) {
        super(limits);
        this.limits = Map.copyOf(limits);
    }

    @Override
    public Parser build() {
        return new ReadingParser(
                Integer.parseInt(limits.get(MAX_CHARACTERS)), Integer.parseInt(limits.get(MAX_EMBEDDED_DEPTH)));
    }
}
