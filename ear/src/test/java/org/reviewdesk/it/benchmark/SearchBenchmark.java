package org.reviewdesk.it.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reviewdesk.it.BenchmarksFile;
import org.reviewdesk.it.IntakeProbeClient;
import org.reviewdesk.it.ReliabilityRun;
import org.reviewdesk.it.SyntheticText;

/**
 * How long a search takes on a corpus of generated cases (10,000 by default), measured in the server: a few hundred
 * queries of the kinds people type, each answered with its first page of 20 hits, facet counts, the passages that
 * matched and the rows from the database. Also how long a full rebuild of the index takes. Prints the figures and adds
 * a row to {@code docs/benchmarks.md}.
 * <p>
 * A benchmark, not a test of speed: it asserts only that the corpus was indexed completely and every query answered,
 * never how long anything took. It runs in the reliability executions of the build ({@code ./mvnw -Preliability
 * verify}), once per database, on a server of its own.
 */
@Tag("benchmark")
class SearchBenchmark {

    private static final int BATCH = 100;
    static final int WARM_UP_QUERIES = 50;
    private static final int MEASURED_QUERIES = 400;
    private static final Duration HANG_GUARD = Duration.ofMinutes(40);

    @Test
    void searchTimesOnAGeneratedCorpus() {
        ReliabilityRun.Database database = ReliabilityRun.databaseOfThisRun();
        int cases = ReliabilityRun.intSetting("reviewdesk.reliability.search-cases", 10_000);
        String prefix = "search-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        try (ReliabilityRun server = ReliabilityRun.prepare("search-benchmark", database)) {
            server.startAndAwaitReady(prefix);

            Instant generating = Instant.now();
            long comments = generate(server, prefix, cases);
            IntakeProbeClient.IndexState indexed = awaitConsistent(server);
            Duration building = Duration.between(generating, Instant.now());
            assertTrue(indexed.cases() >= cases, "the corpus is in the database: " + indexed);

            List<String> queries = queries(new Random(42), cases);
            long[] micros = server.probe.searchTimings(queries);
            assertEquals(queries.size(), micros.length, "every query answered");
            long[] measured = Arrays.copyOfRange(micros, WARM_UP_QUERIES, micros.length);
            Arrays.sort(measured);

            IntakeProbeClient.RebuildState rebuilt = rebuild(server);
            Duration rebuilding =
                    Duration.between(Instant.parse(rebuilt.startedAt()), Instant.parse(rebuilt.finishedAt()));
            IntakeProbeClient.IndexState afterRebuild = awaitConsistent(server);
            assertEquals(afterRebuild.cases(), afterRebuild.entries(), "every case once after the rebuild");

            // The timings, written once for the table row and once for the log line.
            Object[] timings = {
                measured.length,
                percentile(measured, 50),
                percentile(measured, 95),
                percentile(measured, 99),
                measured[measured.length - 1] / 1000.0,
                rebuilding.toMillis() / 1000.0
            };
            String row = String.format(
                            Locale.ROOT,
                            "| %s | %s | %s | %,d | %,d | ",
                            LocalDate.now(),
                            ReliabilityRun.machine(),
                            database.label(),
                            indexed.cases(),
                            comments)
                    + String.format(Locale.ROOT, "%d | %.1f | %.1f | %.1f | %.1f | %.0f |", timings);
            System.out.printf(
                    Locale.ROOT,
                    "%n[benchmark] Search, %s, %,d cases (%,d comments with files; built and indexed in %d s): ",
                    database.label(),
                    indexed.cases(),
                    comments,
                    building.toSeconds());
            System.out.printf(
                    Locale.ROOT,
                    "%d queries, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; rebuild %.0f s%n",
                    timings);
            BenchmarksFile.addRows("## Search", List.of(row));
        }
    }

    /** The kinds of {@link #queries}, in the mix's order: the i-th query is of kind i mod their number. */
    static final List<String> KINDS = List.of(
            "one word",
            "two words",
            "three words",
            "phrase",
            "a OR b",
            "a NOT b",
            "a word's start (meas*)",
            "comment: or file: word",
            "TIN whole",
            "TIN's first five digits",
            "issue: category: word",
            "status: AND explanation:");

    /**
     * What people type, in a fixed mix: one to three words, phrases, OR and NOT, a word's start, a field, an identifier
     * whole or by its start, codes. Words come from the generated text's vocabulary, frequent and rare alike.
     */
    static List<String> queries(Random random, int cases) {
        List<String> vocabulary = SyntheticText.VOCABULARY;
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < WARM_UP_QUERIES + MEASURED_QUERIES; i++) {
            String a = vocabulary.get(random.nextInt(vocabulary.size()));
            String b = vocabulary.get(random.nextInt(vocabulary.size()));
            String c = vocabulary.get(random.nextInt(vocabulary.size()));
            int sequence = random.nextInt(cases);
            String tin = String.format("%09d", 100_000_000 + (sequence * 7_919L) % 899_999_999);
            queries.add(
                    switch (i % KINDS.size()) {
                        case 0 -> a;
                        case 1 -> a + " " + b;
                        case 2 -> a + " " + b + " " + c;
                        case 3 -> "\"" + a + " " + b + "\"";
                        case 4 -> a + " OR " + b;
                        case 5 -> a + " NOT " + b;
                        case 6 -> a.substring(0, Math.min(4, a.length())) + "*";
                        case 7 -> (random.nextBoolean() ? "comment:" : "file:") + a;
                        case 8 -> tin;
                        case 9 -> tin.substring(0, 5);
                        case 10 -> "issue:general category:cost " + a;
                        default -> "status:submitted_in_review AND explanation:" + a;
                    });
        }
        return queries;
    }

    /**
     * Generates {@code cases} group requests through the intake queue and has the submitter of every third write a
     * comment with a text file; the number of comments. The index may still be catching up.
     */
    static long generate(ReliabilityRun server, String prefix, int cases) {
        for (int from = 0; from < cases; from += BATCH) {
            server.probe.generate(prefix, from, Math.min(BATCH, cases - from));
        }
        server.awaitProgress(
                prefix,
                cases + " cases",
                HANG_GUARD,
                Duration.ofSeconds(2),
                progress -> progress.cases() >= cases && progress.intakeQueue() == 0);
        long comments = 0;
        for (int from = 0; from < cases; from += 300) {
            comments += server.probe.converse(prefix, from, Math.min(300, cases - from));
        }
        return comments;
    }

    static IntakeProbeClient.IndexState awaitConsistent(ReliabilityRun server) {
        return awaitState(
                "The index is still not consistent",
                server.probe::indexCheck,
                IntakeProbeClient.IndexState::consistent,
                Duration.ofSeconds(5));
    }

    /** Starts the administrators' rebuild of the index and returns its state once it has finished without a problem. */
    static IntakeProbeClient.RebuildState rebuild(ReliabilityRun server) {
        server.probe.rebuild();
        IntakeProbeClient.RebuildState rebuilt = awaitRebuilt(server);
        assertEquals("null", rebuilt.problem(), "the rebuild finished without a problem");
        return rebuilt;
    }

    private static IntakeProbeClient.RebuildState awaitRebuilt(ReliabilityRun server) {
        return awaitState(
                "The rebuild is still running",
                server.probe::rebuildProgress,
                state -> !state.running() && !"null".equals(state.finishedAt()),
                Duration.ofSeconds(2));
    }

    /** The state {@code read} gives once {@code done}, read again every {@code pause}; fails after {@link #HANG_GUARD}. */
    private static <T> T awaitState(String stillNot, Supplier<T> read, Predicate<T> done, Duration pause) {
        Instant giveUp = Instant.now().plus(HANG_GUARD);
        T state = read.get();
        while (!done.test(state)) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError(stillNot + " after " + HANG_GUARD.toMinutes() + " min: " + state);
            }
            ReliabilityRun.pause(pause);
            state = read.get();
        }
        return state;
    }

    /** The value below which {@code percent} of the sorted timings fall, in milliseconds (nearest rank). */
    static double percentile(long[] sortedMicros, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sortedMicros.length);
        return sortedMicros[Math.max(0, rank - 1)] / 1000.0;
    }
}
