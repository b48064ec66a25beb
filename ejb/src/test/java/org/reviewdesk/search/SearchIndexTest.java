package org.reviewdesk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.configuration.Settings;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.RequestStatus;

/**
 * An index written with an older analysis of words says so until a rebuild has replaced every entry; an update made
 * durable is committed when it returns, however many are made at once.
 */
class SearchIndexTest {

    @TempDir
    Path data;

    @AfterEach
    void forgetTheDataDirectory() {
        System.clearProperty("reviewdesk.data-dir");
    }

    @Test
    void anIndexFromBeforeTheAnalysisWasRecordedNeedsARebuildUntilOneEnds() throws IOException {
        try (IndexWriter old = new IndexWriter(
                FSDirectory.open(data.resolve("index")), new IndexWriterConfig(new EnglishAnalyzer()))) {
            Document entry = new Document();
            entry.add(new TextField(CaseFields.EXPLANATION, "Write to pat.quinlan@example.org", Field.Store.YES));
            old.addDocument(entry);
            old.commit();
        }
        SearchIndex index = opened();
        assertTrue(index.needsRebuild(), "an index written by the previous release");
        index.commit();
        index.close();
        index = opened();
        assertTrue(
                index.needsRebuild(),
                "a live update, or a rebuild stopped half-way, does not make the old entries new");

        index.dropOlderThan(index.beginGeneration());
        assertFalse(index.needsRebuild());
        index.close();
        index = opened();
        assertFalse(index.needsRebuild(), "the rebuilt index says so after a restart");
        index.close();
    }

    @Test
    void aNewIndexIsWrittenWithTodaysAnalysis() throws IOException {
        SearchIndex index = opened();
        assertFalse(index.needsRebuild());
        index.commit();
        index.close();
        index = opened();
        assertFalse(index.needsRebuild());
        index.close();
    }

    @Test
    void aNewIndexWithoutASingleCaseHasNoFacetsToCountRatherThanFailing() throws IOException {
        SearchIndex index = opened();
        index.commit();
        assertTrue(index.read(index::facetsOf).isEmpty(), "a new installation's index has no facet ordinals yet");
        index.close();
    }

    @Test
    void everyDurableUpdateIsCommittedWhenItReturnsWhileOthersShareTheCommits() throws Exception {
        SearchIndex index = opened();
        int updates = 200;
        AtomicInteger notCommitted = new AtomicInteger();
        ExecutorService consumers = Executors.newFixedThreadPool(8);
        try (FSDirectory directory = FSDirectory.open(data.resolve("index"))) {
            List<? extends Future<?>> done = IntStream.rangeClosed(1, updates)
                    .mapToObj(id -> consumers.submit(() -> {
                        try {
                            index.put(document(id), true);
                            // What a crash now would leave: the last commit on disk, read by a reader of its own.
                            try (DirectoryReader committed = DirectoryReader.open(directory)) {
                                if (new IndexSearcher(committed)
                                                .count(new TermQuery(new Term(CaseFields.ID, Long.toString(id))))
                                        != 1) {
                                    notCommitted.incrementAndGet();
                                }
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }))
                    .toList();
            for (Future<?> update : done) {
                update.get();
            }
        } finally {
            consumers.shutdown();
        }
        assertEquals(0, notCommitted.get(), "updates not yet on disk when their put returned");
        assertEquals(updates, index.size(), "every update is searchable");
        index.close();
    }

    private static CaseDocument document(long id) {
        return new CaseDocument(
                id,
                2025,
                (int) id,
                "Request " + id,
                RequestStatus.SUBMITTED_IN_REVIEW,
                ApplicationType.GROUP,
                Map.of(),
                List.of("Lakeside Family Medicine"),
                Set.of(),
                Set.of(),
                null,
                null,
                "submitter",
                Set.of(),
                Instant.parse("2026-03-02T15:00:00Z"),
                null,
                null,
                null,
                "Our quality score left out a measure we reported.",
                null,
                List.of(),
                "stamp-" + id);
    }

    private SearchIndex opened() {
        System.setProperty("reviewdesk.data-dir", data.toString());
        SearchIndex index = new SearchIndex();
        index.settings = new Settings();
        index.open();
        return index;
    }
}
