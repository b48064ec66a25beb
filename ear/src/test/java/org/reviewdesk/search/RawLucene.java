package org.reviewdesk.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * The scale benchmark's limit for {@link CaseSearch}: Lucene alone on the server's open index, answering a staff
 * member's query with the same parsed query, the same drill-sideways facet counts, the same passages and the stored
 * fields of the 20 hits, but none of what CaseSearch adds around them (the viewer's filter, the overdue count, labels
 * of facet values, rows from the database). Test code: {@code TestDeployments.withIntakeProbe()} adds it to the EJB
 * module, in this package, so that it may use the package's query parser, facet configuration and highlighter as
 * CaseSearch does.
 */
public final class RawLucene {

    /** The first page CaseSearch's screen asks for. */
    private static final int PAGE = 20;
    /** As many values per facet as {@link FacetCounts} reads. */
    private static final int FACET_VALUES = 50;
    /** What a result row shows that the index stores. */
    private static final Set<String> ROW_FIELDS = Set.of(
            CaseFields.ID,
            CaseFields.TITLE,
            CaseFields.NAME,
            CaseFields.REVIEWER_NAME,
            CaseFields.STAMP,
            CaseFields.DECISION_REASON);

    /**
     * How long each part of one query took, in nanoseconds, and what it found.
     *
     * @param search parsing, the top 20 with every hit counted, and the six facets' counts
     * @param passages the passages of the 20 hits ({@code 0} when only counting)
     * @param rows the stored fields of the 20 hits ({@code 0} when only counting)
     * @param hits every hit counted
     * @param passagesFound passages built for the 20 hits
     */
    public record Timing(long search, long passages, long rows, long hits, long passagesFound) {
        public long total() {
            return search + passages + rows;
        }
    }

    private RawLucene() {}

    /** Query and facet counts alone: limit (b). */
    public static Timing countsAlone(SearchIndex index, String typed) throws IOException {
        return index.read(searcher -> run(index, searcher, typed, false));
    }

    /** The same work as CaseSearch's first page: limit (a). */
    public static Timing sameWork(SearchIndex index, String typed) throws IOException {
        return index.read(searcher -> run(index, searcher, typed, true));
    }

    private static Timing run(SearchIndex index, IndexSearcher searcher, String typed, boolean page)
            throws IOException {
        long started = System.nanoTime();
        // The query CaseSearch builds for staff, who see every case: the text, wrapped as it wraps it.
        Query text = CaseQueryParser.parse(typed, true);
        DrillDownQuery query = new DrillDownQuery(
                CaseFields.FACETS_CONFIG,
                new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST).build());
        Optional<SortedSetDocValuesReaderState> state = index.facetsOf(searcher);
        DrillSideways.ConcurrentDrillSidewaysResult<TopDocs> found = new DrillSideways(
                        searcher, CaseFields.FACETS_CONFIG, state.orElseThrow())
                .search(query, new TopScoreDocCollectorManager(PAGE, Integer.MAX_VALUE));
        countFacets(found.facets, state.get());
        long searched = System.nanoTime();
        ScoreDoc[] hits = found.collectorResult.scoreDocs;
        if (!page || hits.length == 0) {
            return new Timing(searched - started, 0, 0, found.collectorResult.totalHits.value(), 0);
        }
        int[] docIds = new int[hits.length];
        for (int i = 0; i < hits.length; i++) {
            docIds[i] = hits[i].doc;
        }
        List<List<SearchHit.Match>> matches = MatchHighlighter.matches(searcher, text, docIds, true);
        long highlighted = System.nanoTime();
        StoredFields stored = searcher.storedFields();
        for (int doc : docIds) {
            stored.document(doc, ROW_FIELDS);
        }
        long read = System.nanoTime();
        return new Timing(
                searched - started,
                highlighted - searched,
                read - highlighted,
                found.collectorResult.totalHits.value(),
                matches.stream().mapToLong(List::size).sum());
    }

    /** Each of the six facets' top values, as {@link FacetCounts} asks for them. */
    private static void countFacets(Facets facets, SortedSetDocValuesReaderState state) throws IOException {
        Set<String> dimensions = new HashSet<>();
        state.getDims().forEach(dimensions::add);
        for (String facet : CaseFields.FACETS) {
            if (dimensions.contains(facet)) {
                facets.getTopChildren(FACET_VALUES, facet);
            }
        }
    }
}
