package org.reviewdesk.retention;

import java.time.LocalDate;
import java.util.List;

/** What a purge run on {@code day} will do: every case and draft it acts on or keeps for a reason. */
public record RetentionPlan(LocalDate day, List<PlannedPurge> items) {

    public RetentionPlan {
        items = List.copyOf(items);
    }

    public List<PlannedPurge> of(PlannedPurge.Action action) {
        return items.stream().filter(item -> item.action() == action).toList();
    }

    public long count(PlannedPurge.Action action) {
        return of(action).size();
    }

    /** Whether the run removes anything. */
    public boolean removesAnything() {
        return count(PlannedPurge.Action.PURGE_CASE) + count(PlannedPurge.Action.PURGE_DRAFT) > 0;
    }
}
