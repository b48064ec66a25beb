package org.reviewdesk.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.reviewdesk.configuration.Settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Lucene index on local disk. It is derived data: the database is the source of truth
 * and the index can be rebuilt from it. Lucene's writer and searcher manager are safe for
 * concurrent use, so the singleton leaves locking to them.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchIndex {

    static final String KEY = "key";
    static final String TITLE = "title";
    static final String TEXT = "text";

    @Inject
    Settings settings;

    private FSDirectory directory;
    private IndexWriter writer;
    private SearcherManager searchers;

    @PostConstruct
    void open() {
        try {
            Path location = settings.dataDirectory().resolve("index");
            Files.createDirectories(location);
            directory = FSDirectory.open(location);
            writer = new IndexWriter(directory, new IndexWriterConfig(new EnglishAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index", e);
        }
    }

    @PreDestroy
    void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    /** Adds the document, or replaces the one with the same key, and makes it searchable. */
    public void update(IndexedDocument document) throws IOException {
        Document entry = new Document();
        entry.add(new StringField(KEY, document.key(), Field.Store.YES));
        entry.add(new TextField(TITLE, document.title(), Field.Store.YES));
        entry.add(new TextField(TEXT, document.text(), Field.Store.NO));
        writer.updateDocument(new Term(KEY, document.key()), entry);
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Keys of the documents matching a query in Lucene's classic syntax, best first. */
    public List<String> search(String queryText, int limit) throws IOException {
        Query query;
        try {
            query = new MultiFieldQueryParser(new String[]{TITLE, TEXT}, new EnglishAnalyzer()).parse(queryText);
        } catch (ParseException e) {
            throw new IllegalArgumentException("Search: the query could not be understood (" + e.getMessage() + ")", e);
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            List<String> keys = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
                keys.add(searcher.storedFields().document(hit.doc, Set.of(KEY)).get(KEY));
            }
            return keys;
        } finally {
            searchers.release(searcher);
        }
    }
}
