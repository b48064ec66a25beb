package org.reviewdesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.search.IndexSearcher;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.CaseHistory;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;
import org.reviewdesk.request.RequestStatus;

/**
 * The facet counts beside search results, as the screen shows them: each facet under its label, its values under
 * theirs (a status's, an issue type's, a reviewer's name), most recent performance year first.
 */
final class FacetCounts {

    private static final Map<String, String> LABELS = Map.of(
            CaseFields.STATUS,
            "Status",
            CaseFields.YEAR,
            "Performance year",
            CaseFields.ISSUE,
            "Issue type",
            CaseFields.CATEGORY,
            "Category",
            CaseFields.TYPE,
            "Application type",
            CaseFields.REVIEWER,
            "Reviewer");
    private static final int VALUES = 50;

    private final SearchIndex index;
    private final CaseHistory history;

    FacetCounts(SearchIndex index, CaseHistory history) {
        this.index = index;
        this.history = history;
    }

    /** The facets of the search, each value with what choosing it finds, the values chosen marked. */
    List<FacetCount> of(IndexSearcher searcher, Facets counts, SearchRequest request) throws IOException {
        List<FacetCount> facets = new ArrayList<>();
        for (String facet : CaseFields.FACETS) {
            Set<String> selected = request.filters().getOrDefault(facet, Set.of());
            List<FacetCount.Value> values = new ArrayList<>();
            FacetResult result = hasDimension(searcher, facet) ? counts.getTopChildren(VALUES, facet) : null;
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    values.add(new FacetCount.Value(
                            value.label,
                            labelOf(facet, value.label),
                            value.value.longValue(),
                            selected.stream()
                                    .anyMatch(chosen ->
                                            CaseFields.normalCode(chosen).equals(value.label))));
                }
            }
            if (facet.equals(CaseFields.YEAR)) {
                values.sort((a, b) -> b.value().compareTo(a.value()));
            }
            facets.add(new FacetCount(facet, LABELS.get(facet), values));
        }
        return facets;
    }

    /** Every facet without a value: what an index without a single case counts. */
    /** Whether results can be narrowed by this field's values. */
    static boolean isFacet(String field) {
        return LABELS.containsKey(field);
    }

    static List<FacetCount> none() {
        return CaseFields.FACETS.stream()
                .map(facet -> new FacetCount(facet, LABELS.get(facet), List.<FacetCount.Value>of()))
                .toList();
    }

    private boolean hasDimension(IndexSearcher searcher, String facet) throws IOException {
        for (String dimension : index.facetsOf(searcher).orElseThrow().getDims()) {
            if (dimension.equals(facet)) {
                return true;
            }
        }
        return false;
    }

    private String labelOf(String facet, String value) {
        String constant = value.toUpperCase(Locale.ROOT);
        try {
            return switch (facet) {
                case CaseFields.STATUS -> RequestStatus.valueOf(constant).label();
                case CaseFields.ISSUE -> IssueType.valueOf(constant).label();
                case CaseFields.CATEGORY ->
                    PerformanceCategory.valueOf(constant).label();
                case CaseFields.TYPE -> ApplicationType.valueOf(constant).label();
                case CaseFields.REVIEWER -> history.reviewerName(value.equals(CaseFields.UNASSIGNED) ? null : value);
                default -> value;
            };
        } catch (IllegalArgumentException unknown) {
            return value;
        }
    }
}
