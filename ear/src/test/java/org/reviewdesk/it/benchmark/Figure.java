package org.reviewdesk.it.benchmark;

/**
 * One row of the scale benchmark's table: a figure measured on Review Desk beside the limit it is compared with (the
 * same work done by the bare engine underneath, or a fixed bound), the ratio between them and the goal the ratio or
 * the figure must meet.
 *
 * @param figure what was measured, such as "search p50/p95/p99 through CaseSearch, fixed query mix"
 * @param measured the figures, with units, such as "p50 12.8 / p95 42.8 / p99 67.9 ms"
 * @param comparedWith what the figure is compared with, such as "raw Lucene, same work (top 20, facets, passages)";
 *     "—" for a fixed bound
 * @param comparedMeasured that limit's own figures, with units; "—" for a fixed bound
 * @param ratio the ratio the goal is about, such as "1.31× at p95"; "—" when the goal is a fixed bound
 * @param goal the goal, as the issue states it, such as "p95 ≤ 1.2× (a)"
 * @param met whether the goal holds in this run
 */
public record Figure(
        String figure,
        String measured,
        String comparedWith,
        String comparedMeasured,
        String ratio,
        String goal,
        boolean met) {

    /** A figure with a fixed bound rather than a measured limit, such as a rebuild's "≤ 60 s". */
    public static Figure bounded(String figure, String measured, String goal, boolean met) {
        return new Figure(figure, measured, "—", "—", "—", goal, met);
    }

    /** The figure as a row of the Markdown table {@link ScaleTable} writes. */
    String row() {
        return "| "
                + String.join(
                        " | ", figure, measured, comparedWith, comparedMeasured, ratio, goal, met ? "yes" : "**no**")
                + " |";
    }
}
