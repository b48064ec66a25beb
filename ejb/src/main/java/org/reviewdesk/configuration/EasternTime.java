package org.reviewdesk.configuration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The program's time: US Eastern, in which the submission window closes at 8 PM, deadlines fall and days are counted,
 * and how every screen, document and e-mail writes its days and moments. The one place for these formats: a new
 * screen that shows a date uses one of these, so the same moment never reads two ways.
 */
public final class EasternTime {

    /** The zone's name, for annotations that need a constant (a timer's schedule). */
    public static final String ZONE_ID = "America/New_York";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("MMMM d, yyyy h:mm a", Locale.US);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("h a", Locale.US);
    private static final DateTimeFormatter HOUR_AND_MINUTE = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private EasternTime() {}

    /** The Eastern calendar day a moment falls on. */
    public static LocalDate dayOf(Instant moment) {
        return moment.atZone(ZONE).toLocalDate();
    }

    /** Today in the Eastern calendar. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** Midnight Eastern that starts the day. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** A calendar day as every screen, document and e-mail writes it: "November 29, 2021". */
    public static String day(LocalDate day) {
        return day.format(DAY);
    }

    /** The Eastern day of a moment, written as {@link #day(LocalDate)}. */
    public static String day(Instant moment) {
        return day(dayOf(moment));
    }

    /** A day where room is short (lists, figure labels): "Nov 29, 2021". */
    public static String shortDay(LocalDate day) {
        return day.format(SHORT_DAY);
    }

    /** The Eastern day of a moment, written as {@link #shortDay(LocalDate)}. */
    public static String shortDay(Instant moment) {
        return shortDay(dayOf(moment));
    }

    /** A moment, for screens, documents and e-mails: "November 23, 2026 3:04 PM ET". */
    public static String dayAndTime(Instant moment) {
        return moment.atZone(ZONE).format(DAY_AND_TIME) + " ET";
    }

    /** The time of day of a moment: "8 PM ET" on the hour, else "3:04 PM ET". */
    public static String timeOfDay(Instant moment) {
        ZonedDateTime at = moment.atZone(ZONE);
        return at.format(at.getMinute() == 0 ? HOUR : HOUR_AND_MINUTE) + " ET";
    }

    /**
     * The one rule for "days left" on every screen and in every e-mail: US Eastern calendar days
     * from today to the deadline's day. A 30-day clock started today has 30 days left, and its
     * last day 0 ("today"), whatever the hour; counting whole 24-hour periods instead would say 29
     * the moment it starts.
     */
    public static long daysLeft(Instant now, Instant deadline) {
        return ChronoUnit.DAYS.between(dayOf(now), dayOf(deadline));
    }
}
