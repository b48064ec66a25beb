package org.reviewdesk.configuration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;

/** The one clock every time rule reads, so that tests and demos can see it. */
@ApplicationScoped
public class Clocks {

    @Produces
    @ApplicationScoped
    Clock clock() {
        // Microseconds, what the databases keep: a moment read back equals the one written (deadlines, keyset cursors).
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
