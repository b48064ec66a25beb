package org.reviewdesk.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void aLinksValidityReadsAsASentenceSaysIt() {
        assertEquals("1 hour", Durations.inWords(Duration.ofHours(1)));
        assertEquals("24 hours", Durations.inWords(Duration.ofDays(1)));
        assertEquals("90 minutes", Durations.inWords(Duration.ofMinutes(90)));
        assertEquals("1 minute", Durations.inWords(Duration.ofSeconds(60)));
        assertEquals("30 seconds", Durations.inWords(Duration.ofSeconds(30)));
    }
}
