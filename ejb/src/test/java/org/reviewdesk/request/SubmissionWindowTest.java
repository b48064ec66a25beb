package org.reviewdesk.request;

import org.junit.jupiter.api.Test;
import org.reviewdesk.validation.InvalidInput;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionWindowTest {

    private static final SubmissionWindow PY2020 = SubmissionWindow.releasedOn(2020, LocalDate.of(2021, 8, 2));

    private static java.time.Instant eastern(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SubmissionWindow.EASTERN).toInstant();
    }

    @Test
    void itClosesSixtyDaysAfterReleaseAtEightPmEastern() {
        assertEquals(eastern(2021, 10, 1, 20, 0), PY2020.closes());
        assertTrue(PY2020.isOpenAt(eastern(2021, 10, 1, 19, 59)));
        assertFalse(PY2020.isOpenAt(eastern(2021, 10, 1, 20, 0)));
        assertFalse(PY2020.isOpenAt(eastern(2021, 8, 1, 23, 59)));
        assertTrue(PY2020.isOpenAt(eastern(2021, 8, 2, 0, 0)));
    }

    @Test
    void daysLeftCountsCalendarDaysInEasternTime() {
        assertEquals(60, PY2020.daysLeftAt(eastern(2021, 8, 2, 9, 0)));
        assertEquals(1, PY2020.daysLeftAt(eastern(2021, 9, 30, 23, 0)));
        assertEquals(0, PY2020.daysLeftAt(eastern(2021, 10, 1, 12, 0)));
        assertEquals(0, PY2020.daysLeftAt(eastern(2021, 10, 2, 12, 0)));
    }

    @Test
    void theLastDayOfTheWindowSaysItClosesTodayAtEightPmEastern() {
        assertEquals("Closes today at 8 PM ET", SubmissionWindow.timeLeft(eastern(2021, 10, 1, 0, 5), PY2020.closes(), "Closes"));
        assertEquals("Closes today at 8 PM ET", SubmissionWindow.timeLeft(eastern(2021, 10, 1, 19, 59), PY2020.closes(), "Closes"));
        assertEquals("1 day left", SubmissionWindow.timeLeft(eastern(2021, 9, 30, 23, 0), PY2020.closes(), "Closes"));
        assertEquals("passed", SubmissionWindow.timeLeft(eastern(2021, 10, 1, 20, 0), PY2020.closes(), "Closes"));
    }

    @Test
    void aThirtyDayClockStartedNowHasThirtyDaysLeftAndItsLastDayIsToday() {
        java.time.Instant asked = eastern(2021, 8, 2, 15, 4);
        java.time.Instant due = asked.plus(java.time.Duration.ofDays(30));
        assertEquals("30 days left", SubmissionWindow.timeLeft(asked, due, "due"));
        assertEquals("30 days left", SubmissionWindow.timeLeft(asked.plusSeconds(60), due, "due"));
        assertEquals("due today at 3:04 PM ET", SubmissionWindow.timeLeft(eastern(2021, 9, 1, 9, 0), due, "due"));
    }

    @Test
    void aSupervisorExtensionKeepsItOpenUntilTheNewDay() {
        SubmissionWindow window = SubmissionWindow.releasedOn(2020, LocalDate.of(2021, 8, 2));
        window.extendTo(LocalDate.of(2021, 11, 29));

        assertTrue(window.isOpenAt(eastern(2021, 11, 29, 19, 0)));
        assertFalse(window.isOpenAt(eastern(2021, 11, 29, 20, 0)));
        assertThrows(InvalidInput.class, () -> window.extendTo(LocalDate.of(2021, 11, 1)));
    }

    @Test
    void submittingOutsideTheWindowIsRefusedWithItsDates() {
        InvalidInput tooLate = assertThrows(InvalidInput.class, () -> PY2020.requireOpenAt(eastern(2021, 10, 2, 9, 0)));
        assertTrue(tooLate.getMessage().contains("closed on October 1, 2021 at 8 PM ET"), tooLate.getMessage());
        assertTrue(tooLate.getMessage().contains("draft is saved"), tooLate.getMessage());

        InvalidInput tooEarly = assertThrows(InvalidInput.class, () -> PY2020.requireOpenAt(eastern(2021, 7, 30, 9, 0)));
        assertTrue(tooEarly.getMessage().contains("opens on August 2, 2021"), tooEarly.getMessage());

        assertDoesNotThrow(() -> PY2020.requireOpenAt(eastern(2021, 9, 1, 9, 0)));
    }
}
