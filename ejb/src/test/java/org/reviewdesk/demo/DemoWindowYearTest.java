package org.reviewdesk.demo;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reviewdesk.request.SubmissionWindow;

/** The demo's open window is one the window rules accept on every day of the year, the first days of January too. */
class DemoWindowYearTest {

    @Test
    void inDecemberTheOpenDemoYearIsLastYear() {
        assertEquals(2025, DemoData.openYearOn(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void inEarlyJanuaryTheOpenDemoYearIsTheOneBeforeTheReleaseDayStillInDecember() {
        LocalDate today = LocalDate.of(2027, 1, 10);
        int year = DemoData.openYearOn(today);

        assertEquals(2025, year);
        assertDoesNotThrow(
                () -> SubmissionWindow.releasedOn(year, today.minusDays(DemoData.DEMO_WINDOW_OPEN_FOR_DAYS)));
    }

    @Test
    void everyDayOfAYearGivesAWindowTheRulesAccept() {
        for (LocalDate day = LocalDate.of(2027, 1, 1); day.getYear() == 2027; day = day.plusDays(1)) {
            LocalDate today = day;
            assertDoesNotThrow(
                    () -> SubmissionWindow.releasedOn(
                            DemoData.openYearOn(today), today.minusDays(DemoData.DEMO_WINDOW_OPEN_FOR_DAYS)),
                    today::toString);
        }
    }
}
