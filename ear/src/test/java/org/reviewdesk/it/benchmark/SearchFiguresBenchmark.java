package org.reviewdesk.it.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reviewdesk.it.IntakeProbeClient;
import org.reviewdesk.it.ReliabilityRun;

/**
 * Only the search figures of the scale benchmark ({@link SearchFigures}), on a corpus of {@link SearchBenchmark}'s
 * generated cases (2,000 by default, {@code -Dreviewdesk.reliability.search-figures-cases=…}): a quicker run for work on search
 * alone, on PostgreSQL, which the full-text comparison needs. Prints the figures; writes nothing.
 *
 * <pre>
 * ./mvnw -Preliability -DonlyReliability -DskipPostgresql -Dreliability.skip.h2 -Dit.test=SearchFiguresBenchmark verify
 * </pre>
 */
@Tag("benchmark")
class SearchFiguresBenchmark {

    @Test
    void searchFiguresBesideLuceneAndPostgresqlFullText() {
        ReliabilityRun.Database database = ReliabilityRun.databaseOfThisRun();
        Assumptions.assumeTrue(
                database == ReliabilityRun.Database.POSTGRESQL, "PostgreSQL's full-text search needs PostgreSQL");
        int cases = ReliabilityRun.intSetting("reviewdesk.reliability.search-figures-cases", 2_000);
        String prefix = "figures-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        try (ReliabilityRun server = ReliabilityRun.prepare("search-figures", database)) {
            server.startAndAwaitReady(prefix);
            Instant generating = Instant.now();
            long comments = SearchBenchmark.generate(server, prefix, cases);
            IntakeProbeClient.IndexState indexed = SearchBenchmark.awaitConsistent(server);
            assertEquals(cases, indexed.entries(), "every generated case is in the index");
            Corpus corpus = new Corpus(prefix, cases, (int) comments, 42, Duration.between(generating, Instant.now()));
            List<Figure> figures = SearchFigures.measure(server, corpus);
            System.out.println();
            ScaleTable.lines(
                            "[benchmark] Search figures, " + ReliabilityRun.machine() + ", " + cases + " cases",
                            figures)
                    .forEach(System.out::println);
        }
    }
}
