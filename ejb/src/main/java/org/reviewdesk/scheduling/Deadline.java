package org.reviewdesk.scheduling;

import java.io.Serializable;
import java.time.Instant;

/**
 * Something that must happen at a moment, such as a documentation request lapsing.
 *
 * @param kind    what sort of deadline this is; its handlers observe {@link DeadlineReached} for that kind
 * @param subject what the deadline is about, for example a case's ID
 * @param dueAt   when it falls due
 */
public record Deadline(String kind, String subject, Instant dueAt) implements Serializable {

    public Deadline {
        if (kind == null || kind.isBlank() || subject == null || subject.isBlank() || dueAt == null) {
            throw new IllegalArgumentException("A deadline needs a kind, a subject and a due time");
        }
    }
}
