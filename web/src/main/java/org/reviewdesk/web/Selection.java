package org.reviewdesk.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows a person ticked in a table, by ID: each row's checkbox writes its mark into {@link #marks()} (a
 * PrimeFaces checkbox needs a map it can set); {@link #ids()} is what was ticked, in ID order, whatever was ticked
 * and unticked on the way.
 */
public final class Selection implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Long, Boolean> marks = new HashMap<>();

    /** The checkboxes' values by row ID, for {@code value="#{screen.selected[row.id]}"}. */
    public Map<Long, Boolean> marks() {
        return marks;
    }

    /** The IDs of the rows ticked now, smallest first. */
    public List<Long> ids() {
        return marks.entrySet().stream()
                .filter(entry -> Boolean.TRUE.equals(entry.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** Nothing ticked any more. */
    public void clear() {
        marks.clear();
    }
}
