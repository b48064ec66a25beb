package org.reviewdesk.dashboard;

/** One number of a figure, and the list of the cases it counts. */
public record Tally(long count, Drill drill) {}
