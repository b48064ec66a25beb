package org.reviewdesk.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.reviewdesk.configuration.EasternTime;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;

/**
 * When requests for one performance year may be submitted: from the release of the payment
 * adjustment factors until 60 days later at 8 PM US Eastern, unless a supervisor extends it.
 * Drafts may be saved at any time; only submitting is bound to the window.
 */
@Entity
@Table(name = "submission_window")
@NamedQuery(name = SubmissionWindow.ALL, query = "SELECT w FROM SubmissionWindow w ORDER BY w.performanceYear DESC")
public class SubmissionWindow {

    static final String ALL = "SubmissionWindow.all";

    public static final int LENGTH_IN_DAYS = 60;
    public static final LocalTime CLOSING_TIME = LocalTime.of(20, 0);

    @Id
    @Column(name = "performance_year")
    private int performanceYear;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "extended_until")
    private Instant extendedUntil;

    @Version
    private long version;

    protected SubmissionWindow() {}

    private SubmissionWindow(int performanceYear, Instant opensAt, Instant closesAt) {
        this.performanceYear = performanceYear;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    /** The window of a performance year whose payment adjustment factors are released on that day, closing 60 days later. */
    public static SubmissionWindow releasedOn(int performanceYear, LocalDate releaseDay) {
        return releasedOn(performanceYear, releaseDay, null);
    }

    /**
     * The window of a performance year from its release day (opening at midnight Eastern) to 8 PM Eastern on
     * the closing day; without a closing day, 60 days after the release.
     */
    public static SubmissionWindow releasedOn(int performanceYear, LocalDate releaseDay, LocalDate closingDay) {
        if (performanceYear < 2017 || performanceYear > 2100) {
            throw new InvalidInput(FormField.PERFORMANCE_YEAR, "Enter a performance year from 2017 on, such as 2020");
        }
        requireReleaseAfterYear(performanceYear, releaseDay);
        LocalDate lastDay = closingDay != null ? closingDay : releaseDay.plusDays(LENGTH_IN_DAYS);
        requireClosingAfterRelease(releaseDay, lastDay);
        return new SubmissionWindow(performanceYear, openingAt(releaseDay), closingAt(lastDay));
    }

    /**
     * The one rule of which change a window takes: corrected while it has not opened, extended once it has
     * ({@link #correct}, {@link #extendTo}); screens offer the change this allows.
     */
    public boolean mayBeCorrectedAt(Instant now) {
        return stateAt(now) == State.UPCOMING;
    }

    /**
     * Corrects the release and closing days of a window that has not opened yet (a typo, a moved release).
     * Once it has opened, submitters may have relied on its dates: then it can only be extended.
     *
     * @param closingDay null for 60 days after the release day
     * @return what changed, for the audit trail
     */
    public String correct(LocalDate releaseDay, LocalDate closingDay, Instant now) {
        if (!mayBeCorrectedAt(now)) {
            throw new InvalidInput(
                    FormField.RELEASE_DATE,
                    "The " + performanceYear + " window opened on " + EasternTime.day(opensAt)
                            + " and can no longer be corrected; extend it instead");
        }
        requireReleaseAfterYear(performanceYear, releaseDay);
        if (openingAt(releaseDay).isBefore(now)) {
            throw new InvalidInput(
                    FormField.RELEASE_DATE,
                    "A correction cannot open the window in the past; choose today, " + EasternTime.day(now)
                            + ", or a later day");
        }
        LocalDate lastDay = closingDay != null ? closingDay : releaseDay.plusDays(LENGTH_IN_DAYS);
        requireClosingAfterRelease(releaseDay, lastDay);
        String before = span();
        opensAt = openingAt(releaseDay);
        closesAt = closingAt(lastDay);
        return "Corrected from " + before + " to " + span();
    }

    /**
     * Keeps the window open until 8 PM Eastern on that day: while it is open, or after it closed (which opens
     * it again). A window that has not opened yet is corrected instead.
     *
     * @return what changed, for the audit trail
     */
    public String extendTo(LocalDate lastDay, Instant now) {
        if (mayBeCorrectedAt(now)) {
            throw new InvalidInput(
                    FormField.EXTENDED_UNTIL,
                    "The " + performanceYear + " window has not opened yet; " + "correct its closing day instead");
        }
        if (lastDay == null || !closingAt(lastDay).isAfter(closes())) {
            throw new InvalidInput(
                    FormField.EXTENDED_UNTIL,
                    "An extension must end after the window's current close, " + describe(closes())
                            + "; choose a later day");
        }
        String before = describe(closes());
        extendedUntil = closingAt(lastDay);
        return "Extended from " + before + " to " + describe(extendedUntil);
    }

    /**
     * Refuses a change made on a screen that showed an older version of this window, so one supervisor's
     * change is never silently overwritten by another's made at the same time.
     */
    public void requireVersion(long seen) {
        if (seen != version) {
            throw stale(performanceYear);
        }
    }

    /** The refusal of an overlapping change, for {@link #requireVersion} and for a version clash found at commit. */
    static InvalidInput stale(int performanceYear) {
        return new InvalidInput(
                FormField.WINDOW,
                "Someone changed the " + performanceYear
                        + " window while you were editing it; reload the page to see their change, then try again");
    }

    /** Where a window stands at a moment, as the supervisors' list shows it. */
    public enum State {
        UPCOMING("Upcoming"),
        OPEN("Open"),
        CLOSED("Closed");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public State stateAt(Instant moment) {
        if (moment.isBefore(opensAt)) {
            return State.UPCOMING;
        }
        return isOpenAt(moment) ? State.OPEN : State.CLOSED;
    }

    /**
     * What the submitter's banner says of the time left: "30 days left", "1 day left", and on the last day
     * "Last day: closes today at 8 PM ET" (DESIGN §9).
     */
    public String timeLeftAt(Instant now) {
        return timeLeft(now, closes(), "Last day: closes");
    }

    public boolean isOpenAt(Instant moment) {
        return !moment.isBefore(opensAt) && moment.isBefore(closes());
    }

    public boolean hasClosedAt(Instant moment) {
        return !moment.isBefore(closes());
    }

    /** Whole days from that moment's Eastern date to the closing day; 0 on the closing day and after. */
    public long daysLeftAt(Instant moment) {
        return hasClosedAt(moment) ? 0 : Math.max(0, EasternTime.daysLeft(moment, closes()));
    }

    /**
     * "30 days left", "1 day left", or on the deadline's own day "{@code ending} today at 8 PM ET";
     * "passed" after it.
     *
     * @param ending what happens at the deadline, as the sentence starts it: "Closes", "due"
     */
    public static String timeLeft(Instant now, Instant deadline, String ending) {
        if (!now.isBefore(deadline)) {
            return "passed";
        }
        long days = EasternTime.daysLeft(now, deadline);
        if (days == 0) {
            return ending + " today at " + EasternTime.timeOfDay(deadline);
        }
        return days + (days == 1 ? " day left" : " days left");
    }

    /** Refuses a submission outside the window, saying when the window is or was open. */
    public void requireOpenAt(Instant moment) {
        if (moment.isBefore(opensAt)) {
            throw new InvalidInput(
                    "Submission window",
                    "The " + performanceYear + " Targeted Review window opens on "
                            + EasternTime.day(opensAt)
                            + ". Your draft is saved; submit it once the window opens.");
        }
        if (hasClosedAt(moment)) {
            throw new InvalidInput(
                    "Submission window",
                    "The " + performanceYear + " Targeted Review window closed on " + describe(closes())
                            + ". Your draft is saved, but it can no longer be submitted.");
        }
    }

    public int performanceYear() {
        return performanceYear;
    }

    public Instant opensAt() {
        return opensAt;
    }

    /** When the window closes, extension included. */
    public Instant closes() {
        return extendedUntil != null ? extendedUntil : closesAt;
    }

    public boolean isExtended() {
        return extendedUntil != null;
    }

    /** For screens and messages: "October 5, 2020 at 8 PM ET". */
    public static String describe(Instant closing) {
        return EasternTime.day(closing) + " at 8 PM ET";
    }

    public long version() {
        return version;
    }

    /** The closing moment without an extension: the one set when the window was created or corrected. */
    public Instant closesAsSet() {
        return closesAt;
    }

    private String span() {
        return "opening " + EasternTime.day(opensAt) + ", closing " + describe(closesAt);
    }

    private static void requireReleaseAfterYear(int performanceYear, LocalDate releaseDay) {
        if (releaseDay == null || releaseDay.getYear() <= performanceYear) {
            throw new InvalidInput(
                    FormField.RELEASE_DATE,
                    "Factors for performance year " + performanceYear + " are released after it ends; enter a date in "
                            + (performanceYear + 1) + " or later");
        }
    }

    private static void requireClosingAfterRelease(LocalDate releaseDay, LocalDate closingDay) {
        if (!closingDay.isAfter(releaseDay)) {
            throw new InvalidInput(
                    FormField.CLOSING_DAY,
                    "The window must close after it opens on "
                            + EasternTime.day(releaseDay)
                            + "; choose a later day, or leave it empty for 60 days after the release");
        }
    }

    private static Instant openingAt(LocalDate day) {
        return EasternTime.startOf(day);
    }

    private static Instant closingAt(LocalDate day) {
        return day.atTime(CLOSING_TIME).atZone(EasternTime.ZONE).toInstant();
    }
}
