package org.reviewdesk.it.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reviewdesk.it.IntakeProbeClient;
import org.reviewdesk.it.ReliabilityRun;

/**
 * Issue 15's scale benchmark: on one PostgreSQL server of its own, it boots Review Desk, builds the corpus
 * ({@link CorpusBuilder}, 100,000 cases by default), measures every figure beside its limit and writes the one table
 * to the file the build names, under {@value #SECTION}, and prints it. {@code ./mvnw -Pbenchmark verify} runs it at
 * full size into {@code docs/benchmarks.md}; README's test command runs it at 2,000 cases into
 * {@code ear/target/benchmark-smoke.md}, so the same code runs in every build.
 * <p>
 * A benchmark, not a test of speed: it asserts that each figure was really measured (every case and file indexed,
 * the rebuild complete, every query answered), never how long anything took.
 */
@Tag("scale")
class ScaleBenchmark {

    static final String SECTION = "## At scale";

    private static final long MEGABYTE = 1024;

    @Test
    void everyFigureBesideItsLimitOnAFullSizeCorpus() {
        String tableFile = System.getProperty("reviewdesk.scale.table-file");
        Assumptions.assumeTrue(
                tableFile != null && !tableFile.isBlank(),
                "The scale benchmark runs in its build executions only: ./mvnw -Pbenchmark verify");
        int cases = ReliabilityRun.intSetting("reviewdesk.scale.cases", 100_000);
        long seed = ReliabilityRun.intSetting("reviewdesk.scale.seed", 15);
        try (ReliabilityRun run = ReliabilityRun.prepare("scale", ReliabilityRun.Database.POSTGRESQL, Map.of())) {
            Duration boot = run.startAndAwaitReady("scale");
            CorpusBuilder.Built built = CorpusBuilder.build(run, cases, seed);
            Corpus corpus = built.corpus();
            assertEquals(cases, corpus.cases(), "every case of the corpus is in the database and the index");

            List<Figure> figures = new ArrayList<>();
            figures.add(extraction(built));
            long peakKilobytes = ResidentMemory.peakKilobytesDuring(
                    run.server, () -> figures.addAll(SearchFigures.measure(run, corpus)));
            figures.add(rebuild(run, corpus));
            // Last, because it files cases of its own (intake's figure), which the rebuild would count.
            figures.addAll(FlowFigures.measure(run, corpus));
            figures.add(Figure.bounded(
                    "server boot with the application",
                    String.format(Locale.ROOT, "%.1f s", CorpusBuilder.seconds(boot)),
                    "≤ 15 s",
                    boot.compareTo(Duration.ofSeconds(15)) <= 0));
            figures.add(Figure.bounded(
                    "resident memory of the server under the search load (max VmRSS)",
                    String.format(Locale.ROOT, "%,d MB", peakKilobytes / MEGABYTE),
                    "≤ 1 GB",
                    peakKilobytes <= MEGABYTE * MEGABYTE));

            List<String> table = ScaleTable.lines(runLine(built), figures);
            System.out.println();
            table.forEach(line -> System.out.println("[scale] " + line));
            ScaleTable.replaceSection(withSection(Path.of(tableFile)), SECTION, table);
        }
    }

    /** Extraction and indexing of the corpus's files by the server, beside a raw Tika parse of the same files. */
    private static Figure extraction(CorpusBuilder.Built built) {
        RawTika.Parse raw = RawTika.parse(CorpusFiles.all(built.filesDir()));
        assertEquals(built.corpus().attachments(), raw.files(), "the raw parse read the corpus's files");
        double server = built.corpus().attachments() / CorpusBuilder.seconds(built.filesRead());
        double alone = raw.files() / CorpusBuilder.seconds(raw.took());
        double ratio = server / alone;
        return new Figure(
                String.format(
                        Locale.ROOT,
                        "extraction + indexing of %,d files",
                        built.corpus().attachments()),
                String.format(
                        Locale.ROOT,
                        "%.1f files/s (%.0f s from when the index queue was let go to all read and indexed; %s)",
                        server,
                        CorpusBuilder.seconds(built.filesRead()),
                        built.outcomes()),
                "raw Tika parse of the same files, same limits (AutoDetectParser, BodyContentHandler(1,000,000), 60 s,"
                        + " " + RawTika.PARALLELISM + " threads), in the test JVM",
                String.format(
                        Locale.ROOT,
                        "%.1f files/s (%.0f s, %d failed)",
                        alone,
                        CorpusBuilder.seconds(raw.took()),
                        raw.failed()),
                String.format(Locale.ROOT, "%.0f%% of raw", ratio * 100),
                "≥ 80% of raw",
                ratio >= 0.8);
    }

    private static Figure rebuild(ReliabilityRun run, Corpus corpus) {
        IntakeProbeClient.RebuildState rebuilt = SearchBenchmark.rebuild(run);
        IntakeProbeClient.IndexState after = SearchBenchmark.awaitConsistent(run);
        assertTrue(after.entries() == corpus.cases(), "every case once in the rebuilt index: " + after);
        Duration took = Duration.between(Instant.parse(rebuilt.startedAt()), Instant.parse(rebuilt.finishedAt()));
        return Figure.bounded(
                String.format(Locale.ROOT, "full index rebuild of %,d cases", corpus.cases()),
                String.format(Locale.ROOT, "%.1f s", CorpusBuilder.seconds(took)),
                "≤ 60 s",
                took.compareTo(Duration.ofSeconds(60)) <= 0);
    }

    private static String runLine(CorpusBuilder.Built built) {
        Corpus corpus = built.corpus();
        return String.format(
                Locale.ROOT,
                "Measured %s on %s, PostgreSQL, %,d cases over two performance years with %,d files (seed %d),"
                        + " built in %.0f s: %s.",
                LocalDate.now(),
                ReliabilityRun.machine(),
                corpus.cases(),
                corpus.attachments(),
                corpus.seed(),
                CorpusBuilder.seconds(corpus.built()),
                built.stages());
    }

    /** The table's file, made with its section when it is a file of its own the build starts afresh (the smoke run). */
    private static Path withSection(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, "# Scale benchmark, smoke run\n\n" + SECTION + "\n");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
