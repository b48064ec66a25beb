package org.reviewdesk.review;

import java.util.List;

/** One page of a queue and where the next one starts (null after the last page). */
public record QueuePage(List<CaseSummary> rows, QueueCursor next) {}
