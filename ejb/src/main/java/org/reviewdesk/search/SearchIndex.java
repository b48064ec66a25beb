package org.reviewdesk.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.reviewdesk.configuration.Settings;

/**
 * The Lucene index of cases on local disk. It is derived data: the database is the source of
 * truth and the index can be rebuilt from it at any time. Lucene's writer and searcher manager
 * are safe for concurrent use; what this class adds is one lock per case (by stripe), held while a
 * case is read from the database and written here, so that two updates of one case are applied
 * in the order they read it and an older reading never overwrites a newer one. Its methods are
 * for the search package's services; screens go through {@link CaseSearch}.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchIndex {

    /** The key, in the index's commit data, of the {@link CaseAnalysis#VERSION} its entries were written with. */
    private static final String ANALYSIS = "analysis";

    @Inject
    Settings settings;

    private FSDirectory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private final ReentrantLock[] caseLocks = new ReentrantLock[64];
    private volatile FacetState facetState;
    /** The analysis the entries were written with, as the last commit says; {@code null} for an index older than the record. */
    private volatile String analysis;

    /**
     * Written into every entry. A rebuild raises it and at its end drops the entries it did not
     * write again: cases that are gone from the database.
     */
    private volatile long generation;

    /**
     * Group commit: every update written gets the next number, and {@link #commitCovering} remembers the highest number
     * a commit has made durable, so that callers who waited while another committed share the next commit instead of
     * each paying for one (a commit writes and syncs files and opens a new reader: 26% of the index queue threads'
     * time in a profile at 3,000 cases, when every update committed alone).
     */
    private final AtomicLong updatesWritten = new AtomicLong();

    private final ReentrantLock groupCommit = new ReentrantLock();

    /** Guarded by {@link #groupCommit}. */
    private long updatesCommitted;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

    @FunctionalInterface
    public interface Reading<T> {
        T read(IndexSearcher searcher) throws IOException;
    }

    @PostConstruct
    void open() {
        try {
            Path location = settings.dataDirectory().resolve("index");
            Files.createDirectories(location);
            directory = FSDirectory.open(location);
            analysis = DirectoryReader.indexExists(directory)
                    ? DirectoryReader.listCommits(directory)
                            .getLast()
                            .getUserData()
                            .get(ANALYSIS)
                    : CaseAnalysis.VERSION;
            writer = new IndexWriter(
                    directory,
                    new IndexWriterConfig(CaseAnalysis.INDEX).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, null);
            generation = System.currentTimeMillis();
            for (int i = 0; i < caseLocks.length; i++) {
                caseLocks[i] = new ReentrantLock();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index", e);
        }
    }

    @PreDestroy
    void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            // Whatever was not committed is rebuilt from the database: the consistency check finds it.
            throw new UncheckedIOException("The search index did not close cleanly", e);
        }
    }

    /**
     * The locks that order the updates of these cases, each once and always in the same order, so that callers holding
     * several never wait on each other in a circle.
     */
    public List<ReentrantLock> locksOf(Collection<Long> requestIds) {
        return requestIds.stream()
                .mapToInt(id -> (int) Math.floorMod(id, (long) caseLocks.length))
                .distinct()
                .sorted()
                .mapToObj(stripe -> caseLocks[stripe])
                .toList();
    }

    /**
     * Adds the case, or replaces its entry; with {@code durable}, returns once a commit has made it survive a crash
     * and searchable, otherwise (a rebuild, many at a time) waits for {@link #commit}.
     */
    public void put(CaseDocument document, boolean durable) throws IOException {
        writer.updateDocument(
                new Term(CaseFields.ID, Long.toString(document.requestId())),
                CaseFields.toLucene(document, generation));
        written(durable);
    }

    /** Takes the case out, if it is there. */
    public void remove(long requestId, boolean durable) throws IOException {
        writer.deleteDocuments(new Term(CaseFields.ID, Long.toString(requestId)));
        written(durable);
    }

    private void written(boolean durable) throws IOException {
        long update = updatesWritten.incrementAndGet();
        if (durable) {
            commitCovering(update);
        }
    }

    /**
     * Returns once a commit that began after {@code update} was written has ended: at once when one ended while this
     * caller waited for its turn, else after committing itself everything written so far.
     */
    private void commitCovering(long update) throws IOException {
        groupCommit.lock();
        try {
            if (updatesCommitted >= update) {
                return;
            }
            long covered = updatesWritten.get();
            commit();
            updatesCommitted = covered;
        } finally {
            groupCommit.unlock();
        }
    }

    /** Makes what was written survive a crash, and searchable. */
    public void commit() throws IOException {
        recordAnalysis();
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Starts a rebuild: from now on every entry written belongs to the new generation. */
    public long beginGeneration() {
        generation = Math.max(System.currentTimeMillis(), generation + 1);
        return generation;
    }

    /** Ends a rebuild: drops every entry not written since it began. */
    public void dropOlderThan(long rebuilt) throws IOException {
        writer.deleteDocuments(LongPoint.newRangeQuery(CaseFields.GENERATION, Long.MIN_VALUE, rebuilt - 1));
        // Every entry left was written by this rebuild, with today's analysis.
        analysis = CaseAnalysis.VERSION;
        recordAnalysis();
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /**
     * Whether the entries were written with another analysis than today's (an index from before an
     * upgrade): words would be looked for as terms the entries do not have, so it must be rebuilt.
     * Stays true until a rebuild has finished, a crash in the middle of one included.
     */
    public boolean needsRebuild() {
        return !CaseAnalysis.VERSION.equals(analysis);
    }

    /** Commits carry the analysis of the entries, the old one until a rebuild has replaced them all. */
    private void recordAnalysis() {
        writer.setLiveCommitData(
                analysis == null
                        ? Map.<String, String>of().entrySet()
                        : Map.of(ANALYSIS, analysis).entrySet());
    }

    /** Runs a search on the latest committed state of the index. */
    public <T> T read(Reading<T> reading) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return reading.read(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The facet ordinals of the reader the searcher reads, built once per refresh; none while no entry has facets (the
     * index of a new installation), where Lucene refuses to build them.
     */
    public Optional<SortedSetDocValuesReaderState> facetsOf(IndexSearcher searcher) throws IOException {
        FieldInfo facets = FieldInfos.getMergedFieldInfos(searcher.getIndexReader())
                .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        if (facets == null || facets.getDocValuesType() != DocValuesType.SORTED_SET) {
            return Optional.empty();
        }
        FacetState current = facetState;
        if (current == null || current.reader() != searcher.getIndexReader()) {
            current = new FacetState(
                    searcher.getIndexReader(),
                    new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), CaseFields.FACETS_CONFIG));
            facetState = current;
        }
        return Optional.of(current.state());
    }

    /** The stamp of every entry by case, as many as there are entries for the case (one, when all is well). */
    public Map<Long, List<String>> stamps() throws IOException {
        return read(searcher -> {
            Map<Long, List<String>> stamps = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        Document entry = stored.document(doc, Set.of(CaseFields.ID, CaseFields.STAMP));
                        stamps.computeIfAbsent(Long.parseLong(entry.get(CaseFields.ID)), id -> new ArrayList<>())
                                .add(entry.get(CaseFields.STAMP));
                    }
                }
            }
            return stamps;
        });
    }

    public int size() throws IOException {
        return read(searcher -> searcher.getIndexReader().numDocs());
    }
}
