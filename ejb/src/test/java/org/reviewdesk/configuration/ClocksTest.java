package org.reviewdesk.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ClocksTest {

    private final Clock clock = new Clocks().clock();
    private final Instant lastYear = Instant.parse("2021-11-29T18:00:00Z");

    @Test
    void backdatedWorkReadsItsEarlierMomentAndTimeGoesOnFromThere() {
        Instant[] seen = Clocks.backdated(lastYear, () -> new Instant[] {clock.instant(), clock.instant()});
        assertFalse(seen[0].isBefore(lastYear), seen[0].toString());
        assertTrue(
                seen[0].isBefore(lastYear.plus(Duration.ofMinutes(1))),
                "the work starts at the moment it is backdated to: " + seen[0]);
        assertFalse(seen[1].isBefore(seen[0]), "and its clock does not go backwards");
    }

    @Test
    void otherThreadsAndLaterWorkReadTheRealTime() {
        Instant elsewhere = Clocks.backdated(
                lastYear, () -> CompletableFuture.supplyAsync(clock::instant).join());
        assertTrue(
                elsewhere.isAfter(lastYear.plus(Duration.ofDays(365))),
                "another thread is not backdated: " + elsewhere);
        assertTrue(
                clock.instant().isAfter(lastYear.plus(Duration.ofDays(365))), "nor is this one once the work is done");
    }

    @Test
    void aClockInAnotherZoneIsBackdatedToo() {
        Clock eastern = clock.withZone(ZoneId.of("America/New_York"));
        Instant seen = Clocks.backdated(lastYear, eastern::instant);
        assertTrue(seen.isBefore(lastYear.plus(Duration.ofMinutes(1))), seen.toString());
        assertEquals(ZoneId.of("America/New_York"), eastern.getZone());
    }

    @Test
    void onlyThePastCanBeBackdatedTo() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Clocks.backdated(Instant.now().plus(Duration.ofDays(1)), clock::instant));
    }
}
