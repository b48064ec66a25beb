package org.reviewdesk.scheduling;

import java.time.Instant;

/** Fired once when a scheduled {@link Deadline} falls due, in the timer's transaction. */
public record DeadlineReached(Deadline deadline, Instant firedAt) {}
