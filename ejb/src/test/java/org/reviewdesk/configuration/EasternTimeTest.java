package org.reviewdesk.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class EasternTimeTest {

    private static Instant eastern(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, EasternTime.ZONE)
                .toInstant();
    }

    @Test
    void aMomentReadsAsItsEasternDayAndTimeMarkedET() {
        assertEquals("November 23, 2026 3:04 PM ET", EasternTime.dayAndTime(eastern(2026, 11, 23, 15, 4)));
        // 2 AM in London on November 24 is still the 23rd in New York.
        assertEquals("November 23, 2026", EasternTime.day(Instant.parse("2026-11-24T02:00:00Z")));
    }

    @Test
    void aDayReadsInFullOrShortWhereRoomIsShort() {
        assertEquals("March 1, 2021", EasternTime.day(LocalDate.of(2021, 3, 1)));
        assertEquals("Mar 1, 2021", EasternTime.shortDay(LocalDate.of(2021, 3, 1)));
        assertEquals("Mar 1, 2021", EasternTime.shortDay(eastern(2021, 3, 1, 23, 59)));
    }

    @Test
    void aTimeOfDayOnTheHourLeavesOutTheMinutes() {
        assertEquals("8 PM ET", EasternTime.timeOfDay(eastern(2021, 11, 29, 20, 0)));
        assertEquals("3:04 PM ET", EasternTime.timeOfDay(eastern(2021, 11, 29, 15, 4)));
    }

    @Test
    void daysLeftCountEasternCalendarDaysWhateverTheHour() {
        Instant lateAtNight = eastern(2021, 9, 1, 23, 30);
        assertEquals(1, EasternTime.daysLeft(lateAtNight, eastern(2021, 9, 2, 0, 30)));
        assertEquals(0, EasternTime.daysLeft(eastern(2021, 9, 2, 0, 1), eastern(2021, 9, 2, 23, 59)));
    }

    @Test
    void todayAndTheStartOfADayAreEastern() {
        Clock justAfterMidnightUtc = Clock.fixed(Instant.parse("2021-09-02T01:00:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2021, 9, 1), EasternTime.today(justAfterMidnightUtc));
        assertEquals(Instant.parse("2021-09-01T04:00:00Z"), EasternTime.startOf(LocalDate.of(2021, 9, 1)));
    }
}
