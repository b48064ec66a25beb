package org.reviewdesk.it.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.reviewdesk.it.IntakeProbeClient;
import org.reviewdesk.it.ReliabilityRun;

/**
 * The search rows of the scale benchmark's table: {@code CaseSearch} on the fixed query mix of
 * {@link SearchBenchmark#queries} beside (a) Lucene alone doing the same work on the same open index with the same
 * parsed queries, (b) Lucene's query and facet counts alone, and PostgreSQL's full-text search over the same texts.
 * Each side answers the whole mix one query after another in the server ({@link SearchFiguresProbe}, and the intake
 * probe's {@code search-timings} for CaseSearch), the first {@value SearchBenchmark#WARM_UP_QUERIES} warming up.
 * It prints each side's p95 by kind of query and where the same work's time goes (search and facets, passages,
 * rows), which is where making search fast starts.
 * <p>
 * Measures only: it asserts that every side answered every query and found hits and passages, never a time. The
 * full-text comparison needs PostgreSQL, the database of the scale benchmark.
 */
final class SearchFigures {

    /** Queries sent to the server at a time; each is timed there, so how many go at once changes nothing measured. */
    private static final int CHUNK = 50;

    /** Every kind of query of the mix, where a kind is asked for. */
    private static final int ALL = -1;

    private static final String FIGURE = "search p50/p95/p99 through CaseSearch, fixed query mix";

    private SearchFigures() {}

    static List<Figure> measure(ReliabilityRun run, Corpus corpus) {
        // The corpus's seed, as for its cases: the same seed, the same run.
        List<String> queries = SearchBenchmark.queries(new Random(corpus.seed()), corpus.cases());
        Probe probe = new Probe(run.server.httpPort());
        Side counts = probe.timed("Lucene, query and facet counts alone", queries, "lucene?mode=counts");
        Side same = probe.timed("Lucene, same work", queries, "lucene?mode=same");
        Side caseSearch = new Side("CaseSearch", caseSearchTimings(run, queries), null, 0, null);
        long entries = run.probe.indexCheck().entries();
        Side fullText;
        Side fullTextQuery;
        try {
            long rows = Long.parseLong(probe.call("fulltext-table", "").getProperty("rows"));
            assertEquals(entries, rows, "the full-text table holds a row for every case the index holds");
            fullTextQuery = probe.timed("PostgreSQL, query and facet counts", queries, "fulltext?passages=false");
            fullText = probe.timed("PostgreSQL, with ts_headline passages", queries, "fulltext?passages=true");
        } finally {
            probe.call("fulltext-drop", "");
        }
        for (Side side : List.of(counts, same, caseSearch, fullTextQuery, fullText)) {
            assertEquals(queries.size(), side.micros.length, side.name + " answered every query");
            assertTrue(side.hits == null || side.hits(ALL) > 0, side.name + " found hits");
        }
        assertTrue(same.passages > 0 && fullText.passages > 0, "both sides built passages");
        printByKind(List.of(caseSearch, same, counts, fullText, fullTextQuery));
        printHitsByKind(same, fullText);
        printWhereTheTimeGoes(caseSearch, same);
        return List.of(
                new Figure(
                        FIGURE,
                        caseSearch.percentiles(),
                        "(a) raw Lucene, same index and queries, same work (top 20, six facet counts, passages of the"
                                + " 20, their stored fields)",
                        same.percentiles(),
                        ratio(caseSearch.p95() / same.p95()),
                        "p95 ≤ 1.2× (a)",
                        caseSearch.p95() <= 1.2 * same.p95()),
                new Figure(
                        FIGURE,
                        caseSearch.percentiles(),
                        "(b) raw Lucene, same index and queries, query and six facet counts alone",
                        counts.percentiles(),
                        ratio(caseSearch.p95() / counts.p95()),
                        "p95 ≤ 2× (b)",
                        caseSearch.p95() <= 2 * counts.p95()),
                new Figure(
                        "the same searches",
                        caseSearch.percentiles(),
                        "PostgreSQL full-text search on the same texts (tsvector + GIN, ts_rank, ts_headline of the"
                                + " top 20, facet counts by GROUP BY; without passages "
                                + fullTextQuery.percentiles() + ")",
                        fullText.percentiles(),
                        fasterOrSlower(fullText.p95() / caseSearch.p95()),
                        "≥ 5× faster at p95",
                        fullText.p95() >= 5 * caseSearch.p95()));
    }

    private static long[] caseSearchTimings(ReliabilityRun run, List<String> queries) {
        List<Long> micros = new ArrayList<>();
        for (int from = 0; from < queries.size(); from += CHUNK) {
            Arrays.stream(run.probe.searchTimings(queries.subList(from, Math.min(queries.size(), from + CHUNK))))
                    .forEach(micros::add);
        }
        return micros.stream().mapToLong(Long::longValue).toArray();
    }

    /** How many times faster than PostgreSQL CaseSearch is, or how many times slower when it is not faster. */
    private static String fasterOrSlower(double postgresqlOverCaseSearch) {
        return postgresqlOverCaseSearch >= 1
                ? String.format(Locale.ROOT, "%.2f× faster at p95", postgresqlOverCaseSearch)
                : String.format(Locale.ROOT, "%.2f× slower at p95", 1 / postgresqlOverCaseSearch);
    }

    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f× at p95", ratio);
    }

    /** Each side's p95 by kind of query: where one side falls behind another. */
    private static void printByKind(List<Side> sides) {
        StringBuilder table = new StringBuilder("\n[benchmark] Search p95 ms by kind of query");
        table.append(String.format(Locale.ROOT, "%n  %-40s", "kind"));
        sides.forEach(side -> table.append(String.format(Locale.ROOT, " | %-24.24s", side.name)));
        for (int kind = 0; kind < SearchBenchmark.KINDS.size(); kind++) {
            table.append(String.format(Locale.ROOT, "%n  %-40s", SearchBenchmark.KINDS.get(kind)));
            for (Side side : sides) {
                table.append(String.format(Locale.ROOT, " | %24.1f", side.p95(kind)));
            }
        }
        System.out.println(table);
    }

    /** How many hits Lucene and PostgreSQL found for each kind of query: a translation that finds nothing shows. */
    private static void printHitsByKind(Side lucene, Side postgresql) {
        StringBuilder table = new StringBuilder("\n[benchmark] Search hits by kind of query, measured queries");
        table.append(String.format(Locale.ROOT, "%n  %-40s | %12s | %12s", "kind", "Lucene", "PostgreSQL"));
        for (int kind = 0; kind < SearchBenchmark.KINDS.size(); kind++) {
            table.append(String.format(
                    Locale.ROOT,
                    "%n  %-40s | %,12d | %,12d",
                    SearchBenchmark.KINDS.get(kind),
                    lucene.hits(kind),
                    postgresql.hits(kind)));
        }
        System.out.println(table);
    }

    /** The same work's parts: what CaseSearch's time is made of, and what CaseSearch adds to it. */
    private static void printWhereTheTimeGoes(Side caseSearch, Side same) {
        System.out.printf(
                Locale.ROOT,
                "%n[benchmark] Where the time of the same work goes (Lucene alone): query and facet counts %s;"
                        + " passages of the 20 %s; stored fields of the 20 %s; all %s. CaseSearch %s.%n",
                same.part("search").percentiles(),
                same.part("passages").percentiles(),
                same.part("rows").percentiles(),
                same.percentiles(),
                caseSearch.percentiles());
    }

    /**
     * One side's time for each query of the mix, in microseconds, in the mix's order (the first
     * {@value SearchBenchmark#WARM_UP_QUERIES} warming up); {@code parts} the same work's parts by name, for Lucene's
     * same work.
     */
    private record Side(String name, long[] micros, long[] hits, long passages, Function<String, long[]> parts) {

        /** The measured timings, sorted: of every query, or of one kind's (the i-th query is of kind i mod kinds). */
        private long[] measured(int kind) {
            return measuredOf(micros, kind).sorted().toArray();
        }

        /** The hits of the measured queries of one kind, or of all; {@code hits} is null for CaseSearch's side. */
        long hits(int kind) {
            return measuredOf(hits, kind).sum();
        }

        private static LongStream measuredOf(long[] each, int kind) {
            int kinds = SearchBenchmark.KINDS.size();
            return IntStream.range(SearchBenchmark.WARM_UP_QUERIES, each.length)
                    .filter(i -> kind == ALL || i % kinds == kind)
                    .mapToLong(i -> each[i]);
        }

        double p95() {
            return p95(ALL);
        }

        double p95(int kind) {
            return SearchBenchmark.percentile(measured(kind), 95);
        }

        String percentiles() {
            long[] measured = measured(ALL);
            return String.format(
                    Locale.ROOT,
                    "p50 %.1f / p95 %.1f / p99 %.1f ms",
                    SearchBenchmark.percentile(measured, 50),
                    SearchBenchmark.percentile(measured, 95),
                    SearchBenchmark.percentile(measured, 99));
        }

        Side part(String part) {
            return new Side(name + ", " + part, parts.apply(part), hits, passages, null);
        }
    }

    /** The test's side of {@link SearchFiguresProbe}. */
    private static final class Probe {

        /** A hang guard only: building the full-text table of 100,000 cases reads every text once. */
        private static final Duration CALL_TIMEOUT = Duration.ofMinutes(30);

        private final HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final URI probe;

        Probe(int httpPort) {
            this.probe = URI.create("http://127.0.0.1:" + httpPort + "/reviewdesk" + SearchFiguresProbe.PATH + "/");
        }

        /** Every query answered by one side, {@value #CHUNK} at a time. */
        Side timed(String name, List<String> queries, String action) {
            List<Properties> answers = new ArrayList<>();
            for (int from = 0; from < queries.size(); from += CHUNK) {
                answers.add(call(
                        action, String.join("\n", queries.subList(from, Math.min(queries.size(), from + CHUNK)))));
            }
            Function<String, long[]> list = property -> answers.stream()
                    .flatMapToLong(
                            answer -> Arrays.stream(answer.getProperty(property).split(","))
                                    .mapToLong(Long::parseLong))
                    .toArray();
            long passages = answers.stream()
                    .mapToLong(answer -> Long.parseLong(answer.getProperty("passages")))
                    .sum();
            return new Side(
                    name, list.apply("micros"), list.apply("hits"), passages, part -> list.apply(part + "Micros"));
        }

        Properties call(String action, String body) {
            return IntakeProbeClient.call(
                    http,
                    HttpRequest.newBuilder(probe.resolve(action))
                            .timeout(CALL_TIMEOUT)
                            .header("Content-Type", "text/plain; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(body)));
        }
    }
}
