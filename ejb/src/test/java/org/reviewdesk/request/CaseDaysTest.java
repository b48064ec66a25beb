package org.reviewdesk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.reviewdesk.configuration.EasternTime;

class CaseDaysTest {

    private static Instant eastern(int month, int day, int hour) {
        return ZonedDateTime.of(2021, month, day, hour, 0, 0, 0, EasternTime.ZONE)
                .toInstant();
    }

    @Test
    void anOpenCaseAgesUntilNowInWholeDays() {
        assertEquals(9, CaseDays.ageInDays(eastern(9, 1, 10), eastern(8, 30, 9), null, eastern(9, 11, 9)));
    }

    @Test
    void aDecidedCaseStopsAgeingWhenItIsDecided() {
        assertEquals(3, CaseDays.ageInDays(eastern(9, 1, 10), eastern(8, 30, 9), eastern(9, 4, 11), eastern(10, 1, 9)));
    }

    @Test
    void aDraftAgesFromItsCreation() {
        assertEquals(2, CaseDays.ageInDays(null, eastern(8, 30, 9), null, eastern(9, 1, 10)));
    }

    @Test
    void aDeadlineFewerThanFiveEasternDaysAwayIsDueSoon() {
        Instant due = eastern(9, 30, 20);
        assertFalse(CaseDays.isDueSoon(eastern(9, 25, 23), due), "five days left");
        // Four calendar days left, though more than four times 24 hours.
        assertTrue(CaseDays.isDueSoon(eastern(9, 26, 1), due));
        assertTrue(CaseDays.isDueSoon(eastern(9, 30, 19), due), "its last day");
    }

    @Test
    void aPassedDeadlineIsOverdueNotDueSoon() {
        Instant due = eastern(9, 30, 20);
        assertTrue(CaseDays.isOverdue(due, due));
        assertFalse(CaseDays.isDueSoon(eastern(10, 1, 9), due));
    }
}
