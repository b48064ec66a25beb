package org.reviewdesk.search;

import java.util.List;

/**
 * One page of what a search found.
 *
 * @param total        how many cases match, on all pages
 * @param overdue      how many of them have an overdue documentation request (a facet of its own)
 * @param facets       counts per facet value over all matching cases
 */
public record SearchResults(
        SearchRequest request, long total, List<SearchHit> hits, List<FacetCount> facets, long overdue) {

    public int pages() {
        return (int) ((total + request.pageSize() - 1) / request.pageSize());
    }
}
