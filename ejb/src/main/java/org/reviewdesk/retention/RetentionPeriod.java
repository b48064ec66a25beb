package org.reviewdesk.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import org.reviewdesk.configuration.EasternTime;
import org.reviewdesk.request.SubmissionWindow;

/**
 * The one place of the retention rules (DESIGN §3 and §9).
 * <p>
 * <b>Cases.</b> A case and its files are kept until 31 December of the sixth year after its performance
 * year; the <em>first purge day</em> is the day after, 1 January of the seventh year (PY2019: kept until
 * 31 December 2025, purged on a run on or after 1 January 2026). Nothing is purged before that day. Days are
 * US Eastern calendar days, the program's own time (the window's closing moment is 8 PM Eastern too), so a
 * run late on 31 December in California still purges nothing of PY2019.
 * <p>
 * <b>Abandoned drafts.</b> A draft is abandoned once it has not been touched for a whole window's length
 * (its year's opening to its closing moment, extension included: 60 days by default) after the later of
 * its window's close and its last change. Abandoned, it is not purged at once: its owner is warned by
 * e-mail, and it is purged on a run at least {@link #WARNING_LEAD} after the warning if still untouched.
 */
public final class RetentionPeriod {

    /** Years a case is kept after the end of its performance year. */
    public static final int YEARS_KEPT = 6;

    /** Between the warning about an abandoned draft and the first run that may purge it. */
    public static final Duration WARNING_LEAD = Duration.ofDays(30);

    /** Whose calendar the days are counted in. */
    public static final ZoneId ZONE = EasternTime.ZONE;

    private RetentionPeriod() {}

    /** The last day a case of this performance year is kept whatever happens: 31 December of the sixth year after. */
    public static LocalDate lastDayKept(int performanceYear) {
        return LocalDate.of(performanceYear + YEARS_KEPT, Month.DECEMBER, 31);
    }

    /** The first day a case of this performance year may be purged: 1 January of the seventh year after. */
    public static LocalDate firstPurgeDay(int performanceYear) {
        return lastDayKept(performanceYear).plusDays(1);
    }

    /** Whether a case of this performance year may be purged on that day. */
    public static boolean mayPurgeOn(int performanceYear, LocalDate day) {
        return !day.isBefore(firstPurgeDay(performanceYear));
    }

    /** The latest performance year whose cases may be purged on that day (every earlier one may be too). */
    public static int lastPurgeableYear(LocalDate day) {
        return day.getYear() - YEARS_KEPT - 1;
    }

    /** Today, as the retention rules count days. */
    public static LocalDate today(Clock clock) {
        return EasternTime.today(clock);
    }

    /**
     * When a draft becomes abandoned: a whole window's length after the later of its window's close and
     * its last change.
     */
    public static Instant abandonedFrom(SubmissionWindow window, Instant lastTouched) {
        Duration windowLength = Duration.between(window.opensAt(), window.closes());
        Instant untouchedSince = lastTouched.isAfter(window.closes()) ? lastTouched : window.closes();
        return untouchedSince.plus(windowLength);
    }

    /** The first day a warned draft may be purged, if it stays untouched. */
    public static LocalDate draftPurgeDay(Instant warnedAt) {
        return warnedAt.plus(WARNING_LEAD).atZone(ZONE).toLocalDate();
    }
}
