package org.reviewdesk.it.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.reviewdesk.it.CorpusProbe;
import org.reviewdesk.it.IntakeProbeClient;
import org.reviewdesk.it.ReliabilityRun;

/**
 * Builds the scale benchmark's corpus on a running server: its files in the test JVM ({@link CorpusFiles}), then its
 * cases through {@link CorpusProbe} in transactions of {@value #BATCH} cases each, then the files on comments of
 * their submitters (or a supervisor's notes on closed cases), each stage timed and printed. The cases are indexed by
 * the administrators' rebuild once all are filed, as a bulk load would be; the files then take production's live path:
 * the index queue hears of each and reads it. The builder waits until the index check finds every case as the database
 * has it and every file has been read.
 */
final class CorpusBuilder {

    /**
     * Cases per transaction ({@code -Dreviewdesk.scale.batch}): large enough that a transaction's cost is shared, small
     * enough that the persistence context, which every query of the domain services flushes, stays small.
     */
    static final int BATCH = 100;

    private static final Duration POLL = Duration.ofSeconds(2);

    /** The index queue's consumer, the message-driven bean that reads each file and indexes its case. */
    private static final String INDEX_CONSUMER = "/deployment=reviewdesk.ear/subdeployment=reviewdesk-ejb.jar"
            + "/subsystem=ejb3/message-driven-bean=IndexConsumer";

    /** The index queue, where every change to a case asks for it to be indexed again. */
    private static final String INDEX_QUEUE = "/subsystem=messaging-activemq/server=default/jms-queue=IndexQueue";

    /**
     * The corpus, and the time of each stage.
     *
     * @param filesDir where the test JVM wrote the files, for the raw parse of the same files
     * @param filesWritten making the files in the test JVM, while the server files the cases
     * @param casesFiled filing and working every case, transaction after transaction
     * @param casesIndexed from the first case filed until the index held every case
     * @param filesAttached posting the files on comments
     * @param filesRead from when the index queue, held while the files were posted, was let go until every file was
     *     read and the index consistent again: extraction and indexing of the files
     */
    record Built(
            Corpus corpus,
            Path filesDir,
            Duration filesWritten,
            Duration casesFiled,
            Duration casesIndexed,
            Duration filesAttached,
            Duration filesRead,
            String outcomes) {

        String stages() {
            return String.format(
                    Locale.ROOT,
                    "files written %.0f s; cases filed %.0f s, indexed %.0f s after the first; files attached %.0f s,"
                            + " read and indexed %.0f s once the index queue was let go (%s)",
                    seconds(filesWritten),
                    seconds(casesFiled),
                    seconds(casesIndexed),
                    seconds(filesAttached),
                    seconds(filesRead),
                    outcomes);
        }
    }

    private CorpusBuilder() {}

    static Built build(ReliabilityRun run, int cases, long seed) {
        String prefix = "scale-" + seed;
        IntakeProbeClient corpus = new IntakeProbeClient(run.server.httpPort(), CorpusProbe.PATH);
        Path filesDir = run.server.baseDir().resolveSibling("corpus-files");

        // The files are made in the test JVM while the server files the cases: they are needed only after them.
        Instant writing = Instant.now();
        CompletableFuture<Duration> writingFiles = CompletableFuture.supplyAsync(() -> {
            CorpusFiles.write(emptied(filesDir), cases, seed);
            return since(writing);
        });

        // The cases are indexed the way a bulk load is, by one rebuild once they are all filed: the index queue's
        // consumer waits meanwhile and the updates the filing queued are dropped, since the rebuild reads every case as
        // the database has it. Consuming them one by one (a durable index commit each, shared by at most four
        // consumers then) took half the server's time while filing, in a profile at 3,000 cases. The files, later, take
        // the live path.
        run.server.manage(INDEX_CONSUMER + ":stop-delivery");
        Instant filing = Instant.now();
        int batch = ReliabilityRun.intSetting("reviewdesk.scale.batch", BATCH);
        for (int from = 0; from < cases; from += batch) {
            Instant batchStarted = Instant.now();
            int count = Math.min(batch, cases - from);
            corpus.post("cases?prefix=" + prefix + "&from=" + from + "&count=" + count + "&seed=" + seed);
            if (from == 0 || (from / batch) % 20 == 0) {
                print("cases %,d to %,d filed in %.1f s", from, from + count - 1, seconds(since(batchStarted)));
            }
        }
        Duration casesFiled = since(filing);
        print(
                "%,d cases filed and worked in %.1f s (%.0f cases/s)",
                cases, seconds(casesFiled), cases / seconds(casesFiled));
        run.server.manage(INDEX_QUEUE + ":remove-messages");
        SearchBenchmark.rebuild(run);
        IntakeProbeClient.IndexState indexed = SearchBenchmark.awaitConsistent(run);
        Duration casesIndexed = since(filing);
        print(
                "%,d cases in the index %.1f s after the first was filed, by a rebuild once all were",
                indexed.cases(), seconds(casesIndexed));

        Duration filesWritten = writingFiles.join();
        int files = (int) IntStream.range(0, cases).filter(CorpusFiles::hasFile).count();
        print("%,d files written in the test JVM in %.1f s, beside the filing", files, seconds(filesWritten));

        // The index queue's consumer, which reads each file, still waits while the files are posted, so that what is
        // timed after is extraction and indexing alone, not the pace of posting.
        Instant attaching = Instant.now();
        long posted = 0;
        for (int from = 0; from < cases; from += batch) {
            posted += Long.parseLong(corpus.post("files?prefix=" + prefix + "&dir=" + filesDir + "&from=" + from
                            + "&count=" + Math.min(batch, cases - from))
                    .getProperty("posted"));
        }
        assertEquals(files, posted, "every file written is posted on its case");
        Duration filesAttached = since(attaching);
        print("%,d files posted on comments in %.1f s", files, seconds(filesAttached));
        run.server.manage(INDEX_CONSUMER + ":start-delivery");
        Instant reading = Instant.now();
        Properties texts = awaitEveryFileRead(run, corpus, prefix);
        SearchBenchmark.awaitConsistent(run);
        Duration filesRead = since(reading);
        print(
                "%s files read and indexed in %.1f s from when the index queue was let go (%s)",
                texts.getProperty("read"), seconds(filesRead), texts.getProperty("outcomes"));

        assertEquals(files, Long.parseLong(texts.getProperty("files")), "every file is attached");
        Corpus built = new Corpus(prefix, (int) indexed.cases(), files, seed, since(filing));
        return new Built(
                built,
                filesDir,
                filesWritten,
                casesFiled,
                casesIndexed,
                filesAttached,
                filesRead,
                texts.getProperty("outcomes"));
    }

    private static Properties awaitEveryFileRead(ReliabilityRun run, IntakeProbeClient corpus, String prefix) {
        Instant giveUp = Instant.now().plus(Duration.ofHours(1));
        Properties texts = corpus.get("texts?prefix=" + prefix);
        while (Long.parseLong(texts.getProperty("read")) < Long.parseLong(texts.getProperty("files"))) {
            run.server.requireAlive();
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Files still unread after an hour: " + texts);
            }
            ReliabilityRun.pause(POLL);
            texts = corpus.get("texts?prefix=" + prefix);
        }
        return texts;
    }

    private static Path emptied(Path dir) {
        org.reviewdesk.it.StandaloneServer.deleteRecursively(dir);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Duration since(Instant start) {
        return Duration.between(start, Instant.now());
    }

    static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static void print(String format, Object... values) {
        System.out.printf(Locale.ROOT, "[corpus] " + format + "%n", values);
    }
}
