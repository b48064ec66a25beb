package org.reviewdesk.search;

import java.time.Instant;
import java.util.List;

/**
 * What a consistency check of the index found.
 *
 * @param cases      cases in the database
 * @param entries    entries in the index
 * @param missing    cases the index does not have
 * @param duplicated cases the index has more than once
 * @param stale      cases whose entry is older than the case
 * @param orphaned   entries of cases that are not in the database (or no longer submitted)
 */
public record IndexCheck(
        long cases,
        long entries,
        List<Long> missing,
        List<Long> duplicated,
        List<Long> stale,
        List<Long> orphaned,
        Instant checkedAt) {

    public boolean isConsistent() {
        return missing.isEmpty() && duplicated.isEmpty() && stale.isEmpty() && orphaned.isEmpty();
    }

    public int problems() {
        return missing.size() + duplicated.size() + stale.size() + orphaned.size();
    }
}
