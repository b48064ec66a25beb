package org.reviewdesk.it.benchmark;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reviewdesk.it.BenchmarksFile;
import org.reviewdesk.it.IntakeProbeClient;
import org.reviewdesk.it.ReliabilityRun;

/**
 * How many intake requests per second the server files, end to end: from the first request put on the intake
 * queue to the last case committed, and, separately, how fast requests are put on the queue. Prints the figures
 * and adds a row per measurement to {@code docs/benchmarks.md}.
 * <p>
 * A benchmark, not a test of speed: it asserts only that every request was filed (a run that lost requests
 * measured nothing), never how long it took. It runs in the reliability executions of the build
 * ({@code ./mvnw -Preliability verify}), once per database, on a server of its own that nothing else uses.
 */
@Tag("benchmark")
class IntakeThroughputBenchmark {

    private static final int BATCH = 100;
    /** Requests filed before measuring, so class loading and the first compilations are not counted. */
    private static final int WARM_UP = 200;

    private static final Duration HANG_GUARD = Duration.ofMinutes(30);

    record Measurement(
            LocalDate date, String machine, String database, int requests, Duration enqueueing, Duration endToEnd) {

        double enqueuedPerSecond() {
            return requests / (enqueueing.toMillis() / 1000.0);
        }

        double filedPerSecond() {
            return requests / (endToEnd.toMillis() / 1000.0);
        }

        String tableRow() {
            return String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %,d | %.1f | %.0f | %.1f | %.1f |",
                    date,
                    machine,
                    database,
                    requests,
                    enqueueing.toMillis() / 1000.0,
                    enqueuedPerSecond(),
                    endToEnd.toMillis() / 1000.0,
                    filedPerSecond());
        }
    }

    @Test
    void intakeThroughputEndToEnd() {
        ReliabilityRun.Database database = ReliabilityRun.databaseOfThisRun();
        String run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        List<Measurement> measurements = new ArrayList<>();
        try (ReliabilityRun server = ReliabilityRun.prepare("benchmark", database)) {
            server.startAndAwaitReady("bench-" + run);
            fileAndWait(server, "warm-" + run, WARM_UP);
            for (int requests : sizes()) {
                String prefix = "bench-" + run + "-" + requests;
                Instant started = Instant.now();
                Instant enqueued = enqueue(server, prefix, requests);
                IntakeProbeClient.Progress done = awaitFiled(server, prefix, requests);
                Instant lastFiled = done.lastFiledAt().orElseThrow();

                IntakeProbeClient.Audit audit = server.probe.audit(prefix);
                assertAll(
                        "every request of the measurement was filed once",
                        () -> assertEquals(requests, audit.progress().cases(), "cases"),
                        () -> assertEquals(requests, audit.distinctKeysWithCase(), "request keys with a case"),
                        () -> assertEquals(0, audit.intakeDeadLetters(), "intake dead letters"));
                Measurement measurement = new Measurement(
                        LocalDate.now(),
                        ReliabilityRun.machine(),
                        database.label(),
                        requests,
                        Duration.between(started, enqueued),
                        Duration.between(started, lastFiled));
                measurements.add(measurement);
                System.out.printf(
                        Locale.ROOT,
                        "%n[benchmark] Intake, %s, %d requests: enqueued in %.1f s (%.0f requests/s); "
                                + "end to end %.1f s, %.1f requests/s%n",
                        database.label(),
                        requests,
                        measurement.enqueueing().toMillis() / 1000.0,
                        measurement.enqueuedPerSecond(),
                        measurement.endToEnd().toMillis() / 1000.0,
                        measurement.filedPerSecond());
                // The next measurement starts on a quiet server: confirmation e-mails of this one would compete with
                // it.
                awaitMailSent(server, prefix);
            }
        }
        recordInBenchmarksFile(measurements);
    }

    private static List<Integer> sizes() {
        String sizes = System.getProperty("reviewdesk.reliability.benchmark-requests", "2000");
        return Arrays.stream(sizes.split(","))
                .map(String::trim)
                .filter(size -> !size.isEmpty())
                .map(Integer::valueOf)
                .toList();
    }

    private static void fileAndWait(ReliabilityRun server, String prefix, int requests) {
        enqueue(server, prefix, requests);
        awaitFiled(server, prefix, requests);
        awaitMailSent(server, prefix);
    }

    private static void awaitMailSent(ReliabilityRun server, String prefix) {
        server.awaitProgress(
                prefix,
                "the confirmation e-mails sent",
                HANG_GUARD,
                Duration.ofSeconds(1),
                progress -> progress.mailQueue() == 0);
    }

    private static Instant enqueue(ReliabilityRun server, String prefix, int requests) {
        for (int from = 0; from < requests; from += BATCH) {
            server.probe.enqueue(prefix, from, Math.min(BATCH, requests - from));
        }
        return Instant.now();
    }

    private static IntakeProbeClient.Progress awaitFiled(ReliabilityRun server, String prefix, int requests) {
        // The end is the time the server stamped on the last case, not when a poll noticed it: polling adds no error.
        return server.awaitProgress(
                prefix,
                requests + " cases",
                HANG_GUARD,
                Duration.ofSeconds(1),
                progress -> progress.cases() >= requests && progress.intakeQueue() == 0);
    }

    /** Adds the rows to the intake table of {@code docs/benchmarks.md}, which keeps every measurement made so far. */
    private static void recordInBenchmarksFile(List<Measurement> measurements) {
        BenchmarksFile.addRows(
                "## Intake throughput",
                measurements.stream().map(Measurement::tableRow).toList());
    }
}
