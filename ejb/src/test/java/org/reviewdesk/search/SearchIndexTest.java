package org.reviewdesk.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.configuration.Settings;

/** An index written with an older analysis of words says so until a rebuild has replaced every entry. */
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

    private SearchIndex opened() {
        System.setProperty("reviewdesk.data-dir", data.toString());
        SearchIndex index = new SearchIndex();
        index.settings = new Settings();
        index.open();
        return index;
    }
}
