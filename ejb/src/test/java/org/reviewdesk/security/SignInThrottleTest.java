package org.reviewdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final ThrottleSchedule SCHEDULE =
            new ThrottleSchedule(2, Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofHours(1));
    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theWaitRunsFromTheLastFailureAndEndsOnTime() {
        SignInThrottle throttle = failedTimes(3);

        assertEquals(Duration.ofSeconds(10), throttle.waitAt(START));
        assertEquals(4, throttle.waitSecondsAt(START.plusMillis(6500)), "rounded up to whole seconds");
        assertEquals(
                Duration.ZERO,
                throttle.waitAt(START.plusSeconds(10)),
                "the right password is checked once the wait is over");
    }

    @Test
    void aFailureAfterTheQuietPeriodStartsCountingAgain() {
        SignInThrottle throttle = failedTimes(6);

        throttle.fail(START.plus(Duration.ofHours(2)), SCHEDULE);

        assertEquals(1, throttle.failures());
        assertEquals(Duration.ZERO, throttle.waitAt(START.plus(Duration.ofHours(2))));
    }

    @Test
    void userNamesCountTogetherWhateverTheirCase() {
        assertEquals(ThrottledSubject.account("reviewer"), ThrottledSubject.account(" Reviewer "));
    }

    private static SignInThrottle failedTimes(int times) {
        SignInThrottle throttle = new SignInThrottle(ThrottledSubject.account("reviewer"), START);
        for (int i = 0; i < times; i++) {
            throttle.fail(START, SCHEDULE);
        }
        return throttle;
    }
}
