package org.reviewdesk.review;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where a page of a queue ends: the sort time and ID of its last row. The next page starts after
 * it by an index seek (keyset paging), however deep in the queue it is.
 */
public record QueueCursor(Instant key, long id) implements Serializable {}
