package org.reviewdesk.search;

import java.util.List;

/**
 * How many of the matching cases have each value of one facet.
 *
 * @param facet  the facet's name in {@link SearchRequest#filters()}: status, year, issue, category, type, reviewer
 * @param values the values, most cases first
 */
public record FacetCount(String facet, String label, List<Value> values) {

    /** @param value as a filter names it; {@code label} as a person reads it */
    public record Value(String value, String label, long count, boolean selected) {}
}
