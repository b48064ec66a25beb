package org.reviewdesk.search;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.reviewdesk.request.CaseHistory;
import org.reviewdesk.request.DecisionReason;
import org.reviewdesk.request.PartyIdentifier;
import org.reviewdesk.request.RequestNotFound;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.review.CaseQueues;
import org.reviewdesk.review.CaseSummary;
import org.reviewdesk.security.Viewer;
import org.reviewdesk.validation.InvalidInput;

/**
 * Finds cases by anything in them. Review staff search every case and its internal notes; anyone
 * else only the cases they may see, never by a note. Results, facets and the passages that
 * matched come from the index; the rows shown come from the database.
 */
@Stateless
public class CaseSearch {

    /** How the query box is named in refusals. */
    public static final String QUERY_FIELD = CaseQueryParser.FIELD;

    private static final int SUMMARY_BATCH = 500;

    @Inject
    SearchIndex index;

    @EJB
    CaseQueues queues;

    @EJB
    CaseHistory history;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public SearchResults search(SearchRequest request, Viewer viewer) {
        boolean staff = viewer.isStaff();
        Query text = textOf(request, staff);
        Query visible = visible(text, viewer);
        Query overdue = overdue();
        DrillDownQuery query = drillDown(request.overdueOnly() ? both(visible, overdue) : visible, request);
        int upTo = (request.page() + 1) * request.pageSize();
        try {
            return index.read(searcher -> {
                QueryCost.check(searcher, text);
                SearchOrder order = orderOf(request);
                // Counting every hit exactly: the total is shown, and pages go to the end.
                CollectorManager<?, ? extends TopDocs> top = order == SearchOrder.RELEVANCE
                        ? new TopScoreDocCollectorManager(upTo, Integer.MAX_VALUE)
                        : new TopFieldCollectorManager(sortOf(order), upTo, Integer.MAX_VALUE);
                // Drill sideways: each facet is counted as if its own values were not chosen, so the count beside a
                // value
                // is what choosing it gives, while the other facets' choices apply.
                Optional<SortedSetDocValuesReaderState> facetState = index.facetsOf(searcher);
                if (facetState.isEmpty()) {
                    return new SearchResults(request, 0, List.of(), FacetCounts.none(), 0);
                }
                DrillSideways.ConcurrentDrillSidewaysResult<? extends TopDocs> found =
                        new DrillSideways(searcher, CaseFields.FACETS_CONFIG, facetState.get()).search(query, top);
                TopDocs docs = found.collectorResult;
                ScoreDoc[] all = docs.scoreDocs;
                ScoreDoc[] page =
                        Arrays.copyOfRange(all, Math.min(all.length, request.page() * request.pageSize()), all.length);
                return new SearchResults(
                        request,
                        docs.totalHits.value(),
                        hits(searcher, text, page, staff),
                        new FacetCounts(index, history).of(searcher, found.facets, request),
                        searcher.count(both(drillDown(visible, request), overdue)));
            });
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooBroad();
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be read", e);
        }
    }

    /**
     * Every case the search matches, in its order, at most {@code limit} of them, without facets
     * or passages: for an export of the result list.
     */
    public List<CaseSummary> allMatching(SearchRequest request, Viewer viewer, int limit) {
        Query text = textOf(request, viewer.isStaff());
        Query visible = visible(text, viewer);
        Query matching = drillDown(request.overdueOnly() ? both(visible, overdue()) : visible, request);
        try {
            List<Long> ids = index.read(searcher -> {
                QueryCost.check(searcher, text);
                TopDocs top = orderOf(request) == SearchOrder.RELEVANCE
                        ? searcher.search(matching, limit)
                        : searcher.search(matching, limit, sortOf(orderOf(request)));
                List<Long> found = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc hit : top.scoreDocs) {
                    found.add(Long.parseLong(searcher.storedFields()
                            .document(hit.doc, Set.of(CaseFields.ID))
                            .get(CaseFields.ID)));
                }
                return found;
            });
            List<CaseSummary> summaries = new ArrayList<>(ids.size());
            for (int from = 0; from < ids.size(); from += SUMMARY_BATCH) {
                summaries.addAll(queues.summaries(ids.subList(from, Math.min(ids.size(), from + SUMMARY_BATCH))));
            }
            return summaries;
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooBroad();
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be read", e);
        }
    }

    private static Query textOf(SearchRequest request, boolean staff) {
        return request.query().isEmpty() ? new MatchAllDocsQuery() : CaseQueryParser.parse(request.query(), staff);
    }

    /** The text query, limited to what the viewer may see. */
    private static Query visible(Query text, Viewer viewer) {
        BooleanQuery.Builder visible = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        if (!viewer.isStaff()) {
            visible.add(visibleTo(viewer), BooleanClause.Occur.FILTER);
        }
        return visible.build();
    }

    /** The query limited to the facet values chosen: any of one facet's values, every facet. */
    private static DrillDownQuery drillDown(Query base, SearchRequest request) {
        DrillDownQuery filtered = new DrillDownQuery(CaseFields.FACETS_CONFIG, base);
        request.filters().forEach((facet, values) -> {
            if (FacetCounts.isFacet(facet)) {
                values.forEach(value -> filtered.add(facet, CaseFields.normalCode(value)));
            }
        });
        return filtered;
    }

    /** Without words there is no relevance to order by: the newest cases come first. */
    private static SearchOrder orderOf(SearchRequest request) {
        return request.query().isEmpty() && request.order() == SearchOrder.RELEVANCE
                ? SearchOrder.NEWEST
                : request.order();
    }

    private static Sort sortOf(SearchOrder order) {
        return new Sort(
                new SortField(CaseFields.SUBMITTED, SortField.Type.LONG, order == SearchOrder.NEWEST),
                SortField.FIELD_DOC);
    }

    private static InvalidInput tooBroad() {
        return new InvalidInput(
                QUERY_FIELD,
                "The query is too broad: it stands for too many words at once; use fewer words,"
                        + " or type more letters before a * or ~");
    }

    /**
     * Decided and open cases that read like this one (its explanation and files), to help decide
     * it consistently with the others; for review staff.
     */
    public List<SimilarCase> similarTo(long requestId, Viewer staff, int howMany) {
        requireStaff(staff, requestId);
        try {
            return index.read(searcher -> {
                TopDocs self = searcher.search(new TermQuery(new Term(CaseFields.ID, Long.toString(requestId))), 1);
                if (self.scoreDocs.length == 0) {
                    return List.of();
                }
                MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
                like.setAnalyzer(CaseAnalysis.QUERY);
                like.setFieldNames(new String[] {CaseFields.EXPLANATION, CaseFields.FILE});
                like.setMinTermFreq(1);
                // A word only this case has cannot make another case similar; words every case has weigh little by idf.
                like.setMinDocFreq(2);
                like.setMaxQueryTerms(30);
                Query similar = new BooleanQuery.Builder()
                        .add(like.like(self.scoreDocs[0].doc), BooleanClause.Occur.MUST)
                        .add(
                                new TermQuery(new Term(CaseFields.ID, Long.toString(requestId))),
                                BooleanClause.Occur.MUST_NOT)
                        .build();
                List<Long> ids = new ArrayList<>();
                Map<Long, DecisionReason> reasons = new HashMap<>();
                for (ScoreDoc hit : searcher.search(similar, howMany).scoreDocs) {
                    var stored = searcher.storedFields()
                            .document(hit.doc, Set.of(CaseFields.ID, CaseFields.DECISION_REASON));
                    long id = Long.parseLong(stored.get(CaseFields.ID));
                    ids.add(id);
                    if (stored.get(CaseFields.DECISION_REASON) != null) {
                        reasons.put(id, DecisionReason.valueOf(stored.get(CaseFields.DECISION_REASON)));
                    }
                }
                return queues.summaries(ids).stream()
                        .map(summary -> new SimilarCase(summary, reasons.get(summary.id())))
                        .toList();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be read", e);
        }
    }

    /**
     * Other open cases of the same performance year that name the same identifier: probably the
     * same question asked twice. Read from the database, so a case filed a moment ago counts. The 20 newest, newest
     * first: where a registry refiled one party many times, the latest filings are the likeliest repeats.
     */
    public List<CaseSummary> possibleDuplicatesOf(long requestId, Viewer staff) {
        requireStaff(staff, requestId);
        TargetedReviewRequest request = em.find(TargetedReviewRequest.class, requestId);
        PartyIdentifier identifier = request == null ? null : request.partyIdentifier();
        if (identifier == null) {
            return List.of();
        }
        List<Long> ids = em.createQuery(
                        "SELECT r.id FROM TargetedReviewRequest r WHERE r.id <> :id AND r.performanceYear = :year"
                                + " AND r.status = :open AND r.identifier = :identifier AND r.applicationType IN :types"
                                + " ORDER BY r.submittedAt DESC, r.id DESC",
                        Long.class)
                .setParameter("id", requestId)
                .setParameter("year", request.performanceYear())
                .setParameter("open", RequestStatus.SUBMITTED_IN_REVIEW)
                .setParameter("identifier", identifier.value())
                .setParameter("types", identifier.type().sameIdentifierKind())
                .setMaxResults(20)
                .getResultList();
        return queues.summaries(ids);
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query text, ScoreDoc[] page, boolean staff)
            throws IOException {
        int[] docIds = new int[page.length];
        List<Long> ids = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
            ids.add(Long.parseLong(searcher.storedFields()
                    .document(page[i].doc, Set.of(CaseFields.ID))
                    .get(CaseFields.ID)));
        }
        List<List<SearchHit.Match>> matches =
                page.length == 0 ? List.of() : MatchHighlighter.matches(searcher, text, docIds, staff);
        Map<Long, CaseSummary> summaries = new HashMap<>();
        queues.summaries(ids).forEach(summary -> summaries.put(summary.id(), summary));
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            CaseSummary summary = summaries.get(ids.get(i));
            // A case deleted since the index last heard of it is not shown; the next update drops it.
            if (summary != null) {
                hits.add(new SearchHit(summary, Float.isNaN(page[i].score) ? 0 : page[i].score, matches.get(i)));
            }
        }
        return hits;
    }

    /** In review, with a documentation request past its deadline. */
    private Query overdue() {
        return new BooleanQuery.Builder()
                .add(
                        new TermQuery(new Term(
                                CaseFields.STATUS, CaseFields.normalCode(RequestStatus.SUBMITTED_IN_REVIEW.name()))),
                        BooleanClause.Occur.FILTER)
                .add(
                        LongPoint.newRangeQuery(CaseFields.DOCUMENTATION_DUE, Long.MIN_VALUE, clock.millis()),
                        BooleanClause.Occur.FILTER)
                .build();
    }

    private static Query both(Query one, Query other) {
        return new BooleanQuery.Builder()
                .add(one, BooleanClause.Occur.MUST)
                .add(other, BooleanClause.Occur.FILTER)
                .build();
    }

    /** A submitter's own cases and those shared with their e-mail address. */
    private static Query visibleTo(Viewer viewer) {
        BooleanQuery.Builder own = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(CaseFields.OWNER, viewer.username())), BooleanClause.Occur.SHOULD);
        if (viewer.email() != null) {
            own.add(
                    new TermQuery(new Term(CaseFields.ACCESS, viewer.email().toLowerCase(Locale.ROOT))),
                    BooleanClause.Occur.SHOULD);
        }
        return own.setMinimumNumberShouldMatch(1).build();
    }

    private static void requireStaff(Viewer viewer, long requestId) {
        if (!viewer.isStaff()) {
            throw new RequestNotFound(requestId);
        }
    }
}
