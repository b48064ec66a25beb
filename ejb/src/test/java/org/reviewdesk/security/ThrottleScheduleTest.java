package org.reviewdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottleScheduleTest {

    private static final ThrottleSchedule PRODUCTION =
            new ThrottleSchedule(5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofDays(1));

    @Test
    void theFirstFailuresCostNothing() {
        for (int failures = 0; failures <= 5; failures++) {
            assertEquals(Duration.ZERO, PRODUCTION.delayAfter(failures), failures + " failures");
        }
    }

    @Test
    void eachFurtherFailureDoublesTheWaitFromTheFirstDelay() {
        assertEquals(Duration.ofSeconds(1), PRODUCTION.delayAfter(6));
        assertEquals(Duration.ofSeconds(2), PRODUCTION.delayAfter(7));
        assertEquals(Duration.ofSeconds(4), PRODUCTION.delayAfter(8));
        assertEquals(Duration.ofSeconds(512), PRODUCTION.delayAfter(15));
    }

    @Test
    void theWaitNeverExceedsTheCapHoweverManyFailures() {
        assertEquals(Duration.ofMinutes(15), PRODUCTION.delayAfter(16));
        assertEquals(Duration.ofMinutes(15), PRODUCTION.delayAfter(50));
        assertEquals(Duration.ofMinutes(15), PRODUCTION.delayAfter(Integer.MAX_VALUE));
    }

    @Test
    void failuresAreForgottenOnlyAfterTheQuietPeriod() {
        Instant failure = Instant.parse("2026-12-01T10:00:00Z");
        assertFalse(PRODUCTION.forgets(failure, failure.plus(Duration.ofHours(23))));
        assertTrue(PRODUCTION.forgets(failure, failure.plus(Duration.ofHours(25))));
    }

    @Test
    void aCapShorterThanTheFirstDelayIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ThrottleSchedule(5, Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofDays(1)));
    }
}
