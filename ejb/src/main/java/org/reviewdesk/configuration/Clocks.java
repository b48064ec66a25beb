package org.reviewdesk.configuration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The one clock every time rule reads, so that tests and demos can see it.
 * <p>
 * The living demo ({@code demo.DemoCases}) files cases that were submitted weeks or years ago through the same
 * services a user calls. It does so with {@link #backdated}: for the work it runs, on its own thread only, the clock
 * reads an earlier moment and goes on from there as real time does. Every other thread (the queues' consumers, the
 * timers, the screens) reads the real time meanwhile.
 */
@ApplicationScoped
public class Clocks {

    // Microseconds, what the databases keep: a moment read back equals the one written (deadlines, keyset cursors).
    private static final Clock SYSTEM = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    /** How far this thread's clock is behind the real one while backdated work runs on it. */
    private static final ThreadLocal<Duration> BEHIND = new ThreadLocal<>();

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new BackdatableClock(ZoneOffset.UTC);
    }

    /**
     * Runs {@code work} with this thread's clock starting at {@code at} (in the past), and gives the real clock back
     * afterwards, whatever happens.
     */
    public static <T> T backdated(Instant at, Supplier<T> work) {
        Duration before = BEHIND.get();
        Duration behind = Duration.between(at, SYSTEM.instant());
        if (behind.isNegative()) {
            throw new IllegalArgumentException("Only the past can be backdated to, not " + at);
        }
        BEHIND.set(behind);
        try {
            return work.get();
        } finally {
            if (before == null) {
                BEHIND.remove();
            } else {
                BEHIND.set(before);
            }
        }
    }

    /** The real clock, less what this thread is backdated by. */
    private static final class BackdatableClock extends Clock {

        private final ZoneId zone;

        BackdatableClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId otherZone) {
            return new BackdatableClock(otherZone);
        }

        @Override
        public Instant instant() {
            Duration behind = BEHIND.get();
            return behind == null ? SYSTEM.instant() : SYSTEM.instant().minus(behind);
        }
    }
}
