package org.reviewdesk.dashboard;

import org.reviewdesk.review.CaseQueue;

/**
 * Where a number of the dashboard leads: the case queue (with its reviewer filter) or the search
 * that lists exactly the cases the number counts. Each figure names its drill beside the query
 * that counted, so a bar and the list it opens cannot drift apart.
 *
 * @param queue    the queue to open, or null for a search
 * @param reviewer the queue's reviewer filter (a user name), or null for everyone
 * @param search   the search query, when {@code queue} is null
 */
public record Drill(CaseQueue queue, String reviewer, String search) {

    public Drill {
        if ((queue == null) == (search == null)) {
            throw new IllegalArgumentException("A drill opens either a queue or a search");
        }
    }

    static Drill toQueue(CaseQueue queue, String reviewer) {
        return new Drill(queue, reviewer, null);
    }

    static Drill toSearch(String query) {
        return new Drill(null, null, query);
    }
}
