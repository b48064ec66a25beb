package org.reviewdesk.attachment;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.fork.ForkParser;
import org.apache.tika.fork.ParserFactoryFactory;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.ToTextContentHandler;
import org.reviewdesk.configuration.Settings;
import org.reviewdesk.extraction.ReadingParser;
import org.reviewdesk.extraction.ReadingParserFactory;
import org.xml.sax.SAXException;

/**
 * Reads the text out of a document, and detects its type from the content, with Apache Tika in child processes of the
 * server (Tika's {@link ForkParser} running {@link ReadingParser} from the jars in {@link Settings#extractionHome()}):
 * a parser that loops forever or exhausts its memory takes its process with it, never the server. The limits are
 * enforced by killing: the child exits when one file takes longer than the time limit ({@code ForkServer}'s own
 * watchdog) and when its heap runs out ({@code -XX:+ExitOnOutOfMemoryError}); the next file starts a fresh child.
 * Processes are also replaced after a number of files. A file that cannot be read gives what text was read before
 * the failure and the reason; it never throws.
 */
@ApplicationScoped
public class TextExtraction {

    /** Most characters kept from one file: far more than any supporting document needs to be found. */
    public static final int MAX_CHARACTERS = 1_000_000;
    /** A document in a document in a document is read; anything deeper is skipped. */
    static final int MAX_EMBEDDED_DEPTH = 3;

    private static final Logger LOG = Logger.getLogger(TextExtraction.class.getName());
    /** How the server tells a type when no reader process can be started: tika-core's magic bytes and file name. */
    private static final MimeTypes FALLBACK_DETECTOR = MimeTypes.getDefaultMimeTypes();

    /** Where the child's jars are, how long a file may take, the child's heap, how many children and their lives. */
    public record Limits(
            Path home,
            Duration timeLimit,
            String heap,
            int readers,
            int filesPerReader,
            int maxCharacters,
            int maxEmbeddedDepth) {}

    @Inject
    Settings settings;

    private Limits limits;
    private ForkParser readers;
    /**
     * Detection has a process of its own: an upload waits for no reader, however many files are queued for reading or
     * stuck until their time limit.
     */
    private ForkParser detector;

    protected TextExtraction() {}

    /** For use outside the server, with limits of its own; {@link #close()} stops its processes. */
    public TextExtraction(Limits limits) {
        this.limits = limits;
    }

    public ExtractedText extract(InputStream content) {
        ToTextContentHandler text = new ToTextContentHandler();
        Metadata metadata = new Metadata();
        long started = System.nanoTime();
        try {
            readers().parse(content, text, metadata, new ParseContext());
            if (metadata.get(ReadingParser.OUTCOME) == null) {
                // The reader ended without its answer: a JVM that exits on OutOfMemoryError prints its last words on
                // standard output, the fork protocol's channel, and ForkClient takes any unknown byte for "done".
                return ExtractedText.failed("application/octet-stream", "", readerStopped());
            }
            return new ExtractedText(
                    metadata.get(Metadata.CONTENT_TYPE),
                    text.toString(),
                    ExtractedText.Outcome.valueOf(metadata.get(ReadingParser.OUTCOME)),
                    metadata.get(ReadingParser.PROBLEM));
        } catch (NoReader | TikaException | IOException | SAXException | RuntimeException failure) {
            return ExtractedText.failed(
                    "application/octet-stream", "", stopped(failure, Duration.ofNanos(System.nanoTime() - started)));
        }
    }

    /**
     * The type of the file as detected from its content by a reader process; empty when the reader stopped on it
     * (no document we accept does that). When no reader process can be started (its jars are missing), the server's
     * own tika-core detector decides from magic bytes and the name, so that an upload is never lost for want of a
     * reader; its text will be marked as unreadable with the reason when it is read for search.
     */
    Optional<String> detect(Path file, String name) throws IOException {
        Metadata request = new Metadata();
        request.set(ReadingParser.REQUEST, ReadingParser.DETECT);
        try (InputStream content = Files.newInputStream(file)) {
            detector().parse(content, new ToTextContentHandler(), request, new ParseContext());
            return Optional.ofNullable(request.get(Metadata.CONTENT_TYPE));
        } catch (NoReader | IOException notStarted) {
            LOG.warning("No text reader process could be started (" + notStarted.getMessage() + "); the server detects"
                    + " the type of " + name + " from its magic bytes and name");
            Metadata hint = new Metadata();
            hint.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
            try (TikaInputStream stream = TikaInputStream.get(file)) {
                return Optional.of(
                        FALLBACK_DETECTOR.detect(stream, hint).getBaseType().toString());
            }
        } catch (TikaException | SAXException stopped) {
            LOG.warning("The text reader stopped while detecting the type of " + name + ": " + stopped.getMessage());
            return Optional.empty();
        }
    }

    /** Why a file could not be read when its reader process failed, in words for staff. */
    private String stopped(Exception failure, Duration took) {
        Duration limit = limits().timeLimit();
        if (failure instanceof NoReader || failure instanceof IOException) {
            LOG.warning(
                    "No text reader process could be started (" + failure.getMessage() + "): files are kept unread");
            return "the text reader could not be started on this server (" + failure.getMessage()
                    + "); the file is kept, its text was not read";
        }
        if (took.compareTo(limit) >= 0) {
            return "reading it took longer than "
                    + (limit.toSeconds() > 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms")
                    + " and was stopped; its text is not searchable";
        }
        if (failure.getMessage() != null && failure.getMessage().startsWith("Failed to communicate")) {
            return readerStopped();
        }
        return "it could not be read (" + failure.getClass().getSimpleName() + ": " + failure.getMessage() + ")";
    }

    private static String readerStopped() {
        LOG.warning("A text reader process stopped (most likely out of memory); a fresh one will start");
        return "its reader stopped on it (most likely it needed more memory than a reader may use)";
    }

    private synchronized ForkParser readers() throws NoReader {
        if (readers == null) {
            readers = started(limits().readers());
        }
        return readers;
    }

    private synchronized ForkParser detector() throws NoReader {
        if (detector == null) {
            detector = started(1);
        }
        return detector;
    }

    /** A pool of at most {@code processes} reader processes, each started on its first file. */
    private ForkParser started(int processes) throws NoReader {
        Limits limits = limits();
        if (!hasJars(limits.home())) {
            throw new NoReader("no text reader jars in " + limits.home());
        }
        ForkParser forked = new ForkParser(
                limits.home(),
                new ParserFactoryFactory(
                        ReadingParserFactory.class.getName(),
                        Map.of(
                                ReadingParserFactory.MAX_CHARACTERS, String.valueOf(limits.maxCharacters()),
                                ReadingParserFactory.MAX_EMBEDDED_DEPTH, String.valueOf(limits.maxEmbeddedDepth()))));
        forked.setJavaCommand(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + limits.heap(),
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true"));
        forked.setPoolSize(processes);
        forked.setMaxFilesProcessedPerServer(limits.filesPerReader());
        long timeLimit = limits.timeLimit().toMillis();
        forked.setServerParseTimeoutMillis(timeLimit);
        // The child's watchdog looks this often whether the file has overrun: a tenth of the limit, within 10..500 ms.
        forked.setServerPulseMillis(Math.clamp(timeLimit / 10, 10, 500));
        // An idle child lives on for the next file; one left alone for ten minutes exits and is started again.
        forked.setServerWaitTimeoutMillis(Duration.ofMinutes(10).toMillis());
        return forked;
    }

    private static boolean hasJars(Path home) {
        if (!Files.isDirectory(home)) {
            return false;
        }
        try (Stream<Path> files = Files.list(home)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".jar"));
        } catch (IOException unreadable) {
            return false;
        }
    }

    private Limits limits() {
        if (limits == null) {
            limits = new Limits(
                    settings.extractionHome(),
                    settings.extractionTimeLimit(),
                    settings.extractionHeap(),
                    settings.extractionReaders(),
                    settings.extractionFilesPerReader(),
                    MAX_CHARACTERS,
                    MAX_EMBEDDED_DEPTH);
        }
        return limits;
    }

    /** Stops the reader processes and the detector's. */
    @PreDestroy
    public synchronized void close() {
        if (readers != null) {
            readers.close();
            readers = null;
        }
        if (detector != null) {
            detector.close();
            detector = null;
        }
    }

    /** The reader's jars are not where the settings say. */
    private static final class NoReader extends Exception {
        NoReader(String message) {
            super(message);
        }
    }
}
