package org.reviewdesk.security;

import java.time.Duration;
import java.time.Instant;

/**
 * How long sign-in waits after failed attempts: the first {@code freeFailures} cost nothing, each one after doubles
 * the wait from {@code firstDelay} up to {@code cap}; failures older than {@code forgetAfter} are forgotten. A wait
 * never locks anyone out: once it has passed, the right password works.
 */
public record ThrottleSchedule(int freeFailures, Duration firstDelay, Duration cap, Duration forgetAfter) {

    public ThrottleSchedule {
        if (freeFailures < 0
                || firstDelay.isNegative()
                || firstDelay.isZero()
                || cap.compareTo(firstDelay) < 0
                || forgetAfter.isNegative()
                || forgetAfter.isZero()) {
            throw new IllegalArgumentException(
                    "A sign-in throttling schedule needs free failures of at least 0, a positive"
                            + " first delay, a cap no shorter than the first delay and a positive period to forget after");
        }
    }

    /** The wait after this many failures in a row. */
    public Duration delayAfter(int failures) {
        if (failures <= freeFailures) {
            return Duration.ZERO;
        }
        Duration delay = firstDelay;
        for (int doubling = failures - freeFailures - 1; doubling > 0 && delay.compareTo(cap) < 0; doubling--) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(cap) < 0 ? delay : cap;
    }

    /** Whether a failure at {@code lastFailure} is too old to count any more at {@code now}. */
    public boolean forgets(Instant lastFailure, Instant now) {
        return lastFailure.plus(forgetAfter).isBefore(now);
    }
}
