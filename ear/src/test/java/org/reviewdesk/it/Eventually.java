package org.reviewdesk.it;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Waits for work done asynchronously (a message consumed, a timer fired) to show its
 * effect. The bound only stops a broken test from hanging; no test asserts on time.
 */
public final class Eventually {

    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private Eventually() {}

    public static <T> T await(String what, Supplier<T> probe, java.util.function.Predicate<T> done) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        T last = probe.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError(
                        "Still waiting for " + what + " after " + PATIENCE.toSeconds() + " s; last seen: " + last);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
            last = probe.get();
        }
        return last;
    }
}
