package org.reviewdesk.it.benchmark;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.LongStream;
import org.reviewdesk.it.IntakeProbeClient;
import org.reviewdesk.it.ReliabilityRun;

/**
 * The scale benchmark's figures of the reviewers' daily flow, each beside its raw limit (issue 15): the queue page
 * and the case page as the server serves them, beside their queries run alone by JDBC on the same datasource; intake
 * end to end, beside a raw consumer in the same server that files the same messages by JDBC ({@link
 * RawIntakeConsumer}).
 * <p>
 * The pages are measured as the service calls a page view makes, timed in the server ({@link FlowProbe}), not as the
 * HTTP response of the JSF page: the queue and case screens need a signed-in session (form or OpenID Connect sign-in,
 * a JSF view state per page), and rendering a page of 25 rows costs the same at 2,000 cases as at 100,000; what grows
 * with the corpus is the queries, which is what the figures are about.
 */
final class FlowFigures {

    private static final int BATCH = 100;
    private static final Duration HANG_GUARD = Duration.ofMinutes(30);

    private FlowFigures() {}

    static List<Figure> measure(ReliabilityRun run, Corpus corpus) {
        FlowProbeClient probe = new FlowProbeClient(run.server.httpPort());
        return List.of(queuePage(probe), casePage(probe), intake(run, probe, corpus));
    }

    // ---- the queue page

    private static Figure queuePage(FlowProbeClient probe) {
        int deep = ReliabilityRun.intSetting("reviewdesk.scale.flow.deep-page", 200);
        int warm = ReliabilityRun.intSetting("reviewdesk.scale.flow.warm-up", 10);
        int repeats = ReliabilityRun.intSetting("reviewdesk.scale.flow.queue-repeats", 40);
        List<long[]> views = new ArrayList<>();
        List<long[]> queries = new ArrayList<>();
        for (String viewer : List.of("reviewer", "supervisor")) {
            Properties answer =
                    probe.get("queue?viewer=" + viewer + "&deep=" + deep + "&warm=" + warm + "&repeats=" + repeats);
            for (String tab : tabs()) {
                for (String kind : List.of("first", "deep")) {
                    String name = tab + "." + kind;
                    long[] view = micros(answer, name + ".micros");
                    long[] query = micros(answer, name + ".raw.micros");
                    assertAll(
                            "the " + viewer + "'s " + name + " page was measured on the same rows and count",
                            () -> assertEquals(repeats, view.length, "page views measured"),
                            () -> assertEquals(repeats, query.length, "queries measured"),
                            () -> assertEquals("true", answer.getProperty(name + ".sameRows"), "same rows"),
                            () -> assertEquals("true", answer.getProperty(tab + ".sameCount"), "same count"));
                    views.add(view);
                    queries.add(query);
                    System.out.printf(
                            Locale.ROOT,
                            "[flow] queue, %s %s, %s page %s (%s cases, %s rows): page view %s; keyset query alone %s;"
                                    + " the six counts alone %s%n",
                            viewer,
                            answer.getProperty("viewer"),
                            tab,
                            kind.equals("first") ? "1" : answer.getProperty(tab + ".deepPage"),
                            answer.getProperty(tab + ".count"),
                            answer.getProperty(name + ".rows"),
                            Percentiles.of(view),
                            Percentiles.of(query),
                            Percentiles.of(micros(answer, tab + ".rawCounts.micros")));
                }
            }
        }
        Percentiles view = Percentiles.of(views);
        Percentiles query = Percentiles.of(queries);
        double ratio = view.p95() / query.p95();
        return new Figure(
                "queue page server time (its service calls: six tab counts, the page's count, years, reviewers, the"
                        + " page), every tab, page 1 and page " + deep + " (or the last), busiest reviewer and"
                        + " supervisor",
                view.toString(),
                "the same keyset query run alone by JDBC",
                query.toString(),
                String.format(Locale.ROOT, "%.2f× at p95", ratio),
                "p95 ≤ 100 ms and ≤ 2× the query alone",
                view.p95() <= 100 && ratio <= 2);
    }

    private static List<String> tabs() {
        return Arrays.stream(org.reviewdesk.review.CaseQueue.values())
                .map(Enum::name)
                .toList();
    }

    // ---- the case page

    private static Figure casePage(FlowProbeClient probe) {
        int cases = ReliabilityRun.intSetting("reviewdesk.scale.flow.case-pages", 200);
        int warm = ReliabilityRun.intSetting("reviewdesk.scale.flow.warm-up", 10) * 2;
        Properties answer = probe.get("case?cases=" + cases + "&warm=" + warm);
        long[] views = micros(answer, "micros");
        long[] queries = micros(answer, "raw.micros");
        assertAll(
                "every case page was measured",
                () -> assertEquals(cases, views.length, "case pages"),
                () -> assertEquals(cases, queries.length, "their queries alone"),
                () -> assertTrue(Long.parseLong(answer.getProperty("rawRows").trim()) >= cases, "rows read"));
        Percentiles view = Percentiles.of(views);
        Percentiles query = Percentiles.of(queries);
        System.out.printf(
                Locale.ROOT,
                "[flow] case page, %d cases (those with comments and files first), %s rows shown (%s read by JDBC):"
                        + " page view %s; its queries alone %s%n",
                cases,
                answer.getProperty("rows"),
                answer.getProperty("rawRows"),
                view,
                query);
        return new Figure(
                "case page server time (CaseView.of: case, files, documentation, trail, duplicates, similar cases;"
                        + " the thread, what is new, marked read), as a supervisor",
                view.toString(),
                "its database queries run alone by JDBC (similar cases come from the index: no query)",
                query.toString(),
                String.format(Locale.ROOT, "%.2f× at p95", view.p95() / query.p95()),
                "p95 ≤ 150 ms",
                view.p95() <= 150);
    }

    // ---- intake

    private static Figure intake(ReliabilityRun run, FlowProbeClient probe, Corpus corpus) {
        int requests = ReliabilityRun.intSetting("reviewdesk.scale.flow.intake-requests", 2000);
        int warm = ReliabilityRun.intSetting("reviewdesk.scale.flow.intake-warm-up", 200);
        String prefix = corpus.prefix() + "-flow";
        fileRaw(probe, prefix + "-rawwarm", warm);
        double raw =
                requests * 1000.0 / fileRaw(probe, prefix + "-raw", requests).toMillis();
        fileReal(run, prefix + "-warm", warm);
        double real =
                requests * 1000.0 / fileReal(run, prefix + "-real", requests).toMillis();
        for (String filed : List.of("-rawwarm", "-raw")) {
            probe.post("raw-clean?prefix=" + prefix + filed);
        }
        System.out.printf(
                Locale.ROOT,
                "[flow] intake, %,d requests: end to end %.1f requests/s; the raw consumer %.1f requests/s (%.0f%%)%n",
                requests,
                real,
                raw,
                100 * real / raw);
        return new Figure(
                "intake end to end, " + String.format(Locale.ROOT, "%,d", requests) + " requests",
                String.format(Locale.ROOT, "%.1f requests/s", real),
                "a raw consumer in the same server: the same messages, the same rows by JDBC, one transaction each",
                String.format(Locale.ROOT, "%.1f requests/s", raw),
                String.format(Locale.ROOT, "%.0f%% of raw", 100 * real / raw),
                "≥ 50% of raw",
                real >= raw / 2);
    }

    /** From the first request put on the intake queue to the time the server stamped on the last case it filed. */
    private static Duration fileReal(ReliabilityRun run, String prefix, int requests) {
        Instant started = Instant.now();
        for (int from = 0; from < requests; from += BATCH) {
            run.probe.enqueue(prefix, from, Math.min(BATCH, requests - from));
        }
        IntakeProbeClient.Progress done = run.awaitProgress(
                prefix,
                requests + " cases",
                HANG_GUARD,
                Duration.ofSeconds(1),
                progress -> progress.cases() >= requests && progress.intakeQueue() == 0);
        IntakeProbeClient.Audit audit = run.probe.audit(prefix);
        assertAll(
                "every request filed once",
                () -> assertEquals(requests, audit.distinctKeysWithCase(), "request keys with a case"),
                () -> assertEquals(0, audit.intakeDeadLetters(), "intake dead letters"));
        Duration took = Duration.between(started, done.lastFiledAt().orElseThrow());
        // The next measurement starts on a quiet server: the confirmation e-mails would compete with it.
        run.awaitProgress(prefix, "the e-mails sent", HANG_GUARD, Duration.ofSeconds(1), p -> p.mailQueue() == 0);
        return took;
    }

    /** As {@link #fileReal}, through the raw consumer's queue. */
    private static Duration fileRaw(FlowProbeClient probe, String prefix, int requests) {
        Instant started = Instant.now();
        for (int from = 0; from < requests; from += BATCH) {
            probe.post("raw-enqueue?prefix=" + prefix + "&from=" + from + "&count=" + Math.min(BATCH, requests - from));
        }
        Instant giveUp = Instant.now().plus(HANG_GUARD);
        Properties progress = probe.get("raw-progress?prefix=" + prefix);
        while (Long.parseLong(progress.getProperty("cases").trim()) < requests) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("The raw consumer filed only " + progress + " of " + requests);
            }
            ReliabilityRun.pause(Duration.ofSeconds(1));
            progress = probe.get("raw-progress?prefix=" + prefix);
        }
        assertEquals(
                requests, Long.parseLong(progress.getProperty("cases").trim()), "the raw consumer filed each once");
        return Duration.between(
                started,
                OffsetDateTime.parse(progress.getProperty("lastFiledAt").trim()).toInstant());
    }

    private static long[] micros(Properties answer, String name) {
        String value = answer.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("The flow probe's answer has no " + name + ": " + answer);
        }
        return value.isBlank()
                ? new long[0]
                : Arrays.stream(value.trim().split(","))
                        .mapToLong(Long::parseLong)
                        .toArray();
    }

    /** p50, p95 and p99 of timings, in milliseconds (nearest rank). */
    record Percentiles(double p50, double p95, double p99) {

        static Percentiles of(long[] micros) {
            long[] sorted = micros.clone();
            Arrays.sort(sorted);
            return sorted.length == 0
                    ? new Percentiles(0, 0, 0)
                    : new Percentiles(
                            SearchBenchmark.percentile(sorted, 50),
                            SearchBenchmark.percentile(sorted, 95),
                            SearchBenchmark.percentile(sorted, 99));
        }

        static Percentiles of(List<long[]> timings) {
            return of(timings.stream().flatMapToLong(LongStream::of).toArray());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "p50 %.2f / p95 %.2f / p99 %.2f ms", p50, p95, p99);
        }
    }
}
