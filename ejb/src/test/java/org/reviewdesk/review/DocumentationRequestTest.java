package org.reviewdesk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.reviewdesk.validation.InvalidInput;

/** The documentation clock of one request: when it reminds, when it lapses, and that it ends once. */
class DocumentationRequestTest {

    private static final Instant ASKED = Instant.parse("2026-11-02T15:00:00Z");

    @Test
    void thirtyDaysWithTheReminderFiveDaysBefore() {
        DocumentationRequest asked = new DocumentationRequest(
                7, "riley", "Riley Reviewer", "The QRDA file", ASKED, Duration.ofDays(30), Duration.ofDays(5));
        assertEquals(ASKED.plus(Duration.ofDays(30)), asked.dueAt());
        assertEquals(ASKED.plus(Duration.ofDays(25)), asked.remindAt());
        assertTrue(asked.needsReminderAt(asked.remindAt()));
        assertFalse(asked.needsReminderAt(asked.dueAt()), "a reminder after the deadline is pointless");
    }

    @Test
    void aPeriodShorterThanTheReminderLeadRemindsHalfWay() {
        DocumentationRequest asked = new DocumentationRequest(
                7, "riley", "Riley Reviewer", "The QRDA file", ASKED, Duration.ofSeconds(8), Duration.ofDays(5));
        assertEquals(ASKED.plusSeconds(4), asked.remindAt());
    }

    @Test
    void itSaysWhatIsNeededAndEndsExactlyOnce() {
        assertEquals(
                DocumentationRequest.FIELD,
                assertThrows(
                                InvalidInput.class,
                                () -> new DocumentationRequest(
                                        7,
                                        "riley",
                                        "Riley Reviewer",
                                        " ",
                                        ASKED,
                                        Duration.ofDays(30),
                                        Duration.ofDays(5)))
                        .errors()
                        .getFirst()
                        .field());

        DocumentationRequest asked = new DocumentationRequest(
                7, "riley", "Riley Reviewer", "The QRDA file", ASKED, Duration.ofDays(30), Duration.ofDays(5));
        asked.answer("submitter", 99, ASKED.plusSeconds(60));
        assertEquals("Answered", asked.state());
        assertFalse(asked.isOpen());
        assertFalse(asked.needsReminderAt(asked.remindAt()));
        assertThrows(IllegalStateException.class, () -> asked.lapse(asked.dueAt()));
        assertThrows(IllegalStateException.class, () -> asked.close(asked.dueAt()));
    }

    private static DocumentationRequest askedForThirtyDays() {
        return new DocumentationRequest(
                7, "riley", "Riley Reviewer", "The QRDA file", ASKED, Duration.ofDays(30), Duration.ofDays(5));
    }

    @Test
    void theReminderGoesOnceAndNotAfterTheClockEnded() {
        DocumentationRequest asked = askedForThirtyDays();
        asked.reminded(asked.remindAt());
        assertFalse(asked.needsReminderAt(asked.remindAt().plusSeconds(60)), "one reminder, not one a minute");
        assertTrue(asked.isOpen(), "a reminder does not end the request");
        assertEquals("Waiting", asked.state());
    }

    @Test
    void anUnansweredRequestLapsesOnceAndTakesNoAnswerAfterwards() {
        DocumentationRequest asked = askedForThirtyDays();
        asked.lapse(asked.dueAt());
        assertEquals("Lapsed", asked.state());
        assertEquals(asked.dueAt(), asked.lapsedAt());
        assertFalse(asked.needsReminderAt(asked.remindAt()), "no reminder for a lapsed request");
        assertThrows(IllegalStateException.class, () -> asked.answer("submitter", 99, asked.dueAt()));
        assertThrows(IllegalStateException.class, () -> asked.lapse(asked.dueAt()));
    }

    @Test
    void aCaseDecidedOrWithdrawnFirstClosesTheRequestWithoutAnAnswer() {
        DocumentationRequest asked = askedForThirtyDays();
        asked.close(ASKED.plus(Duration.ofDays(2)));
        assertEquals("Closed", asked.state());
        assertFalse(asked.isOpen());
        assertEquals(null, asked.answeredAt());
        assertThrows(IllegalStateException.class, () -> asked.lapse(asked.dueAt()));
    }

    @Test
    void whatIsNeededIsKeptWithoutTheSpaceAroundItAndRefusedOverTheLimitNamingTheBox() {
        DocumentationRequest asked = new DocumentationRequest(
                7, "riley", "Riley Reviewer", "  The QRDA file \n", ASKED, Duration.ofDays(30), Duration.ofDays(5));
        assertEquals("The QRDA file", asked.whatIsNeeded());

        InvalidInput tooLong = assertThrows(
                InvalidInput.class,
                () -> new DocumentationRequest(
                        7,
                        "riley",
                        "Riley Reviewer",
                        "x".repeat(DocumentationRequest.MAX_TEXT + 1),
                        ASKED,
                        Duration.ofDays(30),
                        Duration.ofDays(5)));
        assertEquals(DocumentationRequest.FIELD, tooLong.errors().getFirst().field());
        assertTrue(tooLong.getMessage().contains("10000"), tooLong.getMessage());
    }
}
