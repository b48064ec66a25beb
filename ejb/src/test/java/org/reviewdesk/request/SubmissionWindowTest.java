package org.reviewdesk.request;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.reviewdesk.configuration.EasternTime;
import org.reviewdesk.validation.InvalidInput;

class SubmissionWindowTest {

    private static final SubmissionWindow PY2020 = SubmissionWindow.releasedOn(2020, LocalDate.of(2021, 8, 2));

    private static java.time.Instant eastern(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, EasternTime.ZONE)
                .toInstant();
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
        assertEquals(
                "Closes today at 8 PM ET",
                SubmissionWindow.timeLeft(eastern(2021, 10, 1, 0, 5), PY2020.closes(), "Closes"));
        assertEquals(
                "Closes today at 8 PM ET",
                SubmissionWindow.timeLeft(eastern(2021, 10, 1, 19, 59), PY2020.closes(), "Closes"));
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
        window.extendTo(LocalDate.of(2021, 11, 29), eastern(2021, 10, 2, 9, 0));

        assertTrue(window.isOpenAt(eastern(2021, 11, 29, 19, 0)));
        assertFalse(window.isOpenAt(eastern(2021, 11, 29, 20, 0)));
        InvalidInput earlier = assertThrows(
                InvalidInput.class, () -> window.extendTo(LocalDate.of(2021, 11, 1), eastern(2021, 10, 2, 9, 0)));
        assertEquals("Extended until", earlier.errors().getFirst().field());
        assertTrue(
                earlier.getMessage()
                        .contains("after the window's current close, November 29, 2021 at 8 PM ET; choose a later day"),
                earlier.getMessage());
    }

    @Test
    void theBannerOnTheLastDaySaysLastDayClosesTodayAtEightPmEastern() {
        assertEquals("Last day: closes today at 8 PM ET", PY2020.timeLeftAt(eastern(2021, 10, 1, 0, 5)));
        assertEquals("Last day: closes today at 8 PM ET", PY2020.timeLeftAt(eastern(2021, 10, 1, 19, 59)));
        assertEquals("1 day left", PY2020.timeLeftAt(eastern(2021, 9, 30, 23, 0)));
        assertEquals("60 days left", PY2020.timeLeftAt(eastern(2021, 8, 2, 9, 0)));
    }

    @Test
    void aNewWindowClosesWhereTheSupervisorSaysOrSixtyDaysAfterRelease() {
        SubmissionWindow chosen =
                SubmissionWindow.releasedOn(2026, LocalDate.of(2027, 8, 2), LocalDate.of(2027, 10, 15));
        assertEquals(eastern(2027, 10, 15, 20, 0), chosen.closes());
        assertEquals(eastern(2027, 8, 2, 0, 0), chosen.opensAt());
        assertEquals(
                eastern(2027, 10, 1, 20, 0),
                SubmissionWindow.releasedOn(2026, LocalDate.of(2027, 8, 2), null)
                        .closes());
    }

    @Test
    void aWindowClosingBeforeItOpensIsRefusedNamingTheClosingDay() {
        InvalidInput refused = assertThrows(
                InvalidInput.class,
                () -> SubmissionWindow.releasedOn(2026, LocalDate.of(2027, 8, 2), LocalDate.of(2027, 7, 1)));
        assertEquals("Closing day", refused.errors().getFirst().field());
        assertTrue(
                refused.getMessage().contains("must close after it opens on August 2, 2027; choose a later day"),
                refused.getMessage());
    }

    @Test
    void itsStateIsUpcomingThenOpenThenClosedAndAnExtensionAfterClosingOpensItAgain() {
        SubmissionWindow window = SubmissionWindow.releasedOn(2020, LocalDate.of(2021, 8, 2));
        assertEquals(SubmissionWindow.State.UPCOMING, window.stateAt(eastern(2021, 8, 1, 23, 59)));
        assertEquals(SubmissionWindow.State.OPEN, window.stateAt(eastern(2021, 8, 2, 0, 0)));
        assertEquals(SubmissionWindow.State.CLOSED, window.stateAt(eastern(2021, 10, 1, 20, 0)));

        String change = window.extendTo(LocalDate.of(2021, 11, 29), eastern(2021, 10, 20, 9, 0));
        assertEquals("Extended from October 1, 2021 at 8 PM ET to November 29, 2021 at 8 PM ET", change);
        assertEquals(SubmissionWindow.State.OPEN, window.stateAt(eastern(2021, 10, 20, 9, 0)));
    }

    @Test
    void anUpcomingWindowIsCorrectedNotExtended() {
        SubmissionWindow window = SubmissionWindow.releasedOn(2026, LocalDate.of(2027, 8, 2));
        java.time.Instant beforeItOpens = eastern(2027, 6, 1, 9, 0);
        InvalidInput notYet =
                assertThrows(InvalidInput.class, () -> window.extendTo(LocalDate.of(2027, 12, 1), beforeItOpens));
        assertEquals("Extended until", notYet.errors().getFirst().field());

        String change = window.correct(LocalDate.of(2027, 8, 9), null, beforeItOpens);
        assertEquals(
                "Corrected from opening August 2, 2027, closing October 1, 2027 at 8 PM ET"
                        + " to opening August 9, 2027, closing October 8, 2027 at 8 PM ET",
                change);
        assertEquals(eastern(2027, 10, 8, 20, 0), window.closes());
    }

    @Test
    void aWindowThatHasOpenedCanNoLongerBeCorrected() {
        SubmissionWindow window = SubmissionWindow.releasedOn(2020, LocalDate.of(2021, 8, 2));
        InvalidInput refused = assertThrows(
                InvalidInput.class, () -> window.correct(LocalDate.of(2021, 8, 9), null, eastern(2021, 8, 3, 9, 0)));
        assertEquals("Release date", refused.errors().getFirst().field());
        assertTrue(
                refused.getMessage().contains("can no longer be corrected; extend it instead"), refused.getMessage());
        assertEquals(eastern(2021, 10, 1, 20, 0), window.closes());
    }

    @Test
    void aChangeMadeOnAnOlderVersionIsRefusedAskingToReload() {
        SubmissionWindow window = SubmissionWindow.releasedOn(2026, LocalDate.of(2027, 8, 2));
        InvalidInput stale = assertThrows(InvalidInput.class, () -> window.requireVersion(window.version() + 1));
        assertEquals("Window", stale.errors().getFirst().field());
        assertTrue(stale.getMessage().contains("Someone changed the 2026 window"), stale.getMessage());
        assertTrue(stale.getMessage().contains("reload the page"), stale.getMessage());
        assertDoesNotThrow(() -> window.requireVersion(window.version()));
    }

    @Test
    void submittingOutsideTheWindowIsRefusedWithItsDates() {
        InvalidInput tooLate = assertThrows(InvalidInput.class, () -> PY2020.requireOpenAt(eastern(2021, 10, 2, 9, 0)));
        assertTrue(tooLate.getMessage().contains("closed on October 1, 2021 at 8 PM ET"), tooLate.getMessage());
        assertTrue(tooLate.getMessage().contains("draft is saved"), tooLate.getMessage());

        InvalidInput tooEarly =
                assertThrows(InvalidInput.class, () -> PY2020.requireOpenAt(eastern(2021, 7, 30, 9, 0)));
        assertTrue(tooEarly.getMessage().contains("opens on August 2, 2021"), tooEarly.getMessage());

        assertDoesNotThrow(() -> PY2020.requireOpenAt(eastern(2021, 9, 1, 9, 0)));
    }
}
