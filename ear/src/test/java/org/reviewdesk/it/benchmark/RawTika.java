package org.reviewdesk.it.benchmark;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.reviewdesk.attachment.TextExtraction;

/**
 * The limit the server's extraction is compared with: Tika alone reading the same files in the test JVM, with the
 * server's limits (at most {@link TextExtraction#MAX_CHARACTERS} characters, the default time limit per file) and its
 * parallelism (its two reader processes, REVIEWDESK_EXTRACTION_READERS), without the database, the queue or the index.
 */
final class RawTika {

    /** The server's reader processes (Settings' default {@code extraction-readers}): files it reads at once. */
    static final int PARALLELISM = 2;

    /** Settings' default {@code extraction-time-limit}, which the benchmark's server runs with. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(60);

    /** How long the parse of every file took, and how many failed or ran out of time. */
    record Parse(int files, Duration took, int failed) {}

    private RawTika() {}

    static Parse parse(List<Path> files) {
        AutoDetectParser parser = new AutoDetectParser();
        ExecutorService readers = Executors.newFixedThreadPool(PARALLELISM);
        try {
            Instant started = Instant.now();
            List<Future<?>> reading = new ArrayList<>();
            for (Path file : files) {
                reading.add(readers.submit(() -> {
                    try (InputStream content = Files.newInputStream(file)) {
                        parser.parse(
                                content,
                                new BodyContentHandler(TextExtraction.MAX_CHARACTERS),
                                new Metadata(),
                                new ParseContext());
                    }
                    return null;
                }));
            }
            int failed = 0;
            for (Future<?> read : reading) {
                failed += readOrFailed(read);
            }
            return new Parse(files.size(), Duration.between(started, Instant.now()), failed);
        } finally {
            readers.shutdownNow();
        }
    }

    /**
     * 0 once the file was read, 1 when its parse failed or took longer than the time limit; the limit is a bound on
     * the wait, counted from when the caller comes to the file, which is no earlier than its parse began.
     */
    private static int readOrFailed(Future<?> read) {
        try {
            read.get(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            return 0;
        } catch (ExecutionException e) {
            return 1;
        } catch (TimeoutException e) {
            read.cancel(true);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
