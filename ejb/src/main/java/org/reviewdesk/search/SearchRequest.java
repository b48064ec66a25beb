package org.reviewdesk.search;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A search as a person asks it: the query box, the facet values they picked (any value of one
 * facet, and every facet), whether only cases with an overdue documentation request count, the
 * order, and which page.
 *
 * @param filters facet values by facet, as {@link FacetCount} names them
 */
public record SearchRequest(
        String query,
        Map<String, Set<String>> filters,
        boolean overdueOnly,
        SearchOrder order,
        int page,
        int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((facet, values) -> {
                if (values != null && !values.isEmpty()) {
                    copy.put(facet, Set.copyOf(new LinkedHashSet<>(values)));
                }
            });
        }
        filters = Map.copyOf(copy);
        order = order == null ? SearchOrder.RELEVANCE : order;
        page = Math.max(0, page);
        pageSize = Math.clamp(pageSize, 1, MAX_PAGE_SIZE);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), false, SearchOrder.RELEVANCE, 0, 20);
    }

    public SearchRequest filteredBy(String facet, String value) {
        Map<String, Set<String>> more = new LinkedHashMap<>(filters);
        Set<String> values = new LinkedHashSet<>(more.getOrDefault(facet, Set.of()));
        values.add(value);
        more.put(facet, values);
        return new SearchRequest(query, more, overdueOnly, order, 0, pageSize);
    }
}
