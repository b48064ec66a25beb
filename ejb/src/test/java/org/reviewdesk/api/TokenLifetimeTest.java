package org.reviewdesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.reviewdesk.validation.InvalidInput;

class TokenLifetimeTest {

    /** 10 AM in New York on June 1, 2026. */
    private static final Instant NOW = Instant.parse("2026-06-01T14:00:00Z");

    private static final Duration A_YEAR = Duration.ofDays(365);

    @Test
    void withoutAChosenDayATokenWorksForTheDefaultLifetime() {
        assertEquals(NOW.plus(A_YEAR), TokenLifetime.expiryOf(null, NOW, A_YEAR));
        assertEquals(NOW.plus(A_YEAR), TokenLifetime.expiryOf("  ", NOW, A_YEAR));
    }

    @Test
    void aChosenDayIsTheLastDayTheTokenWorksInEasternTime() {
        // Midnight at the end of June 30 in New York (EDT, UTC-4).
        assertEquals(Instant.parse("2027-07-01T04:00:00Z"), TokenLifetime.expiryOf("2027-06-30", NOW, A_YEAR));
        assertEquals(Instant.parse("2026-06-03T04:00:00Z"), TokenLifetime.expiryOf("2026-06-02", NOW, A_YEAR));
        assertEquals(
                Instant.parse("2028-06-02T04:00:00Z"),
                TokenLifetime.expiryOf("2028-06-01", NOW, A_YEAR),
                "two years ahead is the limit, included");
    }

    @Test
    void aDayThatIsNotAfterTodayOrMoreThanTwoYearsAheadOrMalformedIsRefusedNamingTheField() {
        for (String day : new String[] {"2026-06-01", "2026-05-31", "2028-06-02", "30/06/2027", "next year"}) {
            InvalidInput refused =
                    assertThrows(InvalidInput.class, () -> TokenLifetime.expiryOf(day, NOW, A_YEAR), day);
            assertEquals("Expires on", refused.errors().get(0).field(), day);
        }
        assertTrue(assertThrows(InvalidInput.class, () -> TokenLifetime.expiryOf("2026-06-01", NOW, A_YEAR))
                .getMessage()
                .contains("after today"));
        assertTrue(assertThrows(InvalidInput.class, () -> TokenLifetime.expiryOf("2029-01-01", NOW, A_YEAR))
                .getMessage()
                .contains("2028-06-01"));
    }
}
