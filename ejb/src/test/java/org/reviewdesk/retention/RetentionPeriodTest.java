package org.reviewdesk.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.reviewdesk.request.SubmissionWindow;

class RetentionPeriodTest {

    @Test
    void aPerformanceYear2019CaseIsKeptThroughTheEndOf2025AndPurgeableFromNewYearsDay2026() {
        assertEquals(LocalDate.of(2025, 12, 31), RetentionPeriod.lastDayKept(2019));
        assertEquals(LocalDate.of(2026, 1, 1), RetentionPeriod.firstPurgeDay(2019));
        assertFalse(RetentionPeriod.mayPurgeOn(2019, LocalDate.of(2025, 12, 31)), "nothing is purged before its date");
        assertTrue(RetentionPeriod.mayPurgeOn(2019, LocalDate.of(2026, 1, 1)));
        assertEquals(2019, RetentionPeriod.lastPurgeableYear(LocalDate.of(2026, 1, 1)));
        assertEquals(2018, RetentionPeriod.lastPurgeableYear(LocalDate.of(2025, 12, 31)));
    }

    @Test
    void theDayIsCountedInUsEasternTimeSoNewYearsEveInTheEastIsStillKept() {
        // 3 AM UTC on 1 January 2026 is still 31 December 2025, 10 PM, in Washington.
        Clock newYearInLondon = Clock.fixed(Instant.parse("2026-01-01T03:00:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2025, 12, 31), RetentionPeriod.today(newYearInLondon));
        assertFalse(RetentionPeriod.mayPurgeOn(2019, RetentionPeriod.today(newYearInLondon)));
    }

    @Test
    void aDraftIsAbandonedAWholeWindowAfterTheLaterOfItsWindowsCloseAndItsLastChange() {
        SubmissionWindow window = SubmissionWindow.releasedOn(2020, LocalDate.of(2021, 8, 9));
        Instant closes = window.closes();
        java.time.Duration length = java.time.Duration.between(window.opensAt(), closes);
        assertEquals(
                closes.plus(length),
                RetentionPeriod.abandonedFrom(window, window.opensAt().plusSeconds(3600)),
                "a draft last saved while the window was open: a window's length after it closed");
        Instant savedLate = closes.plus(java.time.Duration.ofDays(10));
        assertEquals(
                savedLate.plus(length),
                RetentionPeriod.abandonedFrom(window, savedLate),
                "a draft saved after the close: a window's length after that save");
    }

    @Test
    void aWarnedDraftMayBePurgedThirtyDaysAfterItsWarning() {
        assertEquals(LocalDate.of(2026, 3, 3), RetentionPeriod.draftPurgeDay(Instant.parse("2026-02-01T15:00:00Z")));
    }

    @Test
    void aDraftSavedAfterItsWarningLosesItAndAnUntouchedOneKeepsIt() {
        Instant warnedAt = Instant.parse("2026-02-01T15:00:00Z");
        DraftWarning warning = new DraftWarning(7L, warnedAt, "pat@example.org");
        assertFalse(warning.isVoidedBy(warnedAt.minusSeconds(86_400)), "last saved before the warning: still warned");
        assertTrue(
                warning.isVoidedBy(warnedAt.plusSeconds(60)), "saved after the warning: the warning no longer counts");
        assertEquals(LocalDate.of(2026, 3, 3), warning.purgeDay());
    }
}
