package org.reviewdesk.request;

import java.time.Duration;
import java.time.Instant;
import org.reviewdesk.configuration.EasternTime;

/**
 * How a case reads in days, the same on every screen: how old it is, and whether a deadline of it (the documentation
 * clock's) is due soon or overdue.
 * <p>
 * Age is whole 24-hour days, as the queue, the case page and the workload view have always shown it; "due soon" counts
 * Eastern calendar days like every "days left" of the program ({@link EasternTime#daysLeft}), so a deadline reads
 * "due soon" from the same day on the queue and on the case page.
 */
public final class CaseDays {

    /** A deadline fewer than this many days away is due soon: orange on the queue and the case page. */
    public static final int DUE_SOON_DAYS = 5;

    private CaseDays() {}

    /**
     * How long the case has been in review, in whole days: from its submission (its creation, while it is a draft)
     * until it was decided or withdrawn, or until now while it is neither.
     *
     * @param leftReviewAt when it was decided or withdrawn; null while it is open
     */
    public static long ageInDays(Instant submittedAt, Instant createdAt, Instant leftReviewAt, Instant now) {
        Instant since = submittedAt == null ? createdAt : submittedAt;
        if (since == null) {
            return 0;
        }
        return Duration.between(since, leftReviewAt == null ? now : leftReviewAt)
                .toDays();
    }

    /** Whether the deadline has passed. */
    public static boolean isOverdue(Instant now, Instant deadline) {
        return !now.isBefore(deadline);
    }

    /** Whether the deadline is still ahead but fewer than {@link #DUE_SOON_DAYS} Eastern days away. */
    public static boolean isDueSoon(Instant now, Instant deadline) {
        return !isOverdue(now, deadline) && EasternTime.daysLeft(now, deadline) < DUE_SOON_DAYS;
    }
}
