package org.reviewdesk.it.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reviewdesk.it.ReliabilityRun;

/**
 * The flow figures of the scale benchmark alone ({@link FlowFigures}), on a small corpus of its own made through the
 * intake path (2,000 generated cases by default, {@code reviewdesk.reliability.flow-cases}; every third with a comment
 * and a file, some waiting on their submitter): how one runs just this part, {@code ./mvnw -Preliability verify
 * -Dit.test=FlowBenchmark}. Prints the figures; the scale benchmark writes them to its table.
 */
@Tag("benchmark")
class FlowBenchmark {

    private static final int BATCH = 100;
    /** Cases whose submitter is asked for documentation, so the waiting tab has pages. */
    private static final int WAITING = 60;

    @Test
    void flowFiguresOnASmallCorpus() {
        ReliabilityRun.Database database = ReliabilityRun.databaseOfThisRun();
        int cases = ReliabilityRun.intSetting("reviewdesk.reliability.flow-cases", 2_000);
        String prefix =
                "flow-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        try (ReliabilityRun run = ReliabilityRun.prepare("flow-benchmark", database)) {
            run.startAndAwaitReady(prefix);
            Instant building = Instant.now();
            for (int from = 0; from < cases; from += BATCH) {
                run.probe.generate(prefix, from, Math.min(BATCH, cases - from));
            }
            run.awaitProgress(
                    prefix,
                    cases + " cases",
                    Duration.ofMinutes(30),
                    Duration.ofSeconds(2),
                    progress -> progress.cases() >= cases && progress.intakeQueue() == 0);
            long comments = 0;
            for (int from = 0; from < cases; from += 300) {
                comments += run.probe.converse(prefix, from, Math.min(300, cases - from));
            }
            for (int sequence = 1; sequence < cases && sequence <= WAITING * 7; sequence += 7) {
                run.probe.askForDocumentation(prefix, sequence);
            }
            Corpus corpus = new Corpus(prefix, cases, (int) comments, 0, Duration.between(building, Instant.now()));
            List<Figure> figures = FlowFigures.measure(run, corpus);
            ScaleTable.lines(database.label() + ", " + cases + " cases (flow figures alone)", figures)
                    .forEach(System.out::println);
        }
    }
}
