package org.reviewdesk.dashboard;

import java.util.List;

/** One bar group of a chart and one row of its table: a label (reviewer, week, year, reason) and a number per series. */
public record FigureRow(String label, List<Tally> tallies) {

    public FigureRow {
        tallies = List.copyOf(tallies);
    }
}
