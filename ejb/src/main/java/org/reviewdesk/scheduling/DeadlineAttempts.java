package org.reviewdesk.scheduling;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.reviewdesk.configuration.Settings;

/**
 * One attempt at a deadline that fell due, and what happens when it fails; each in a transaction
 * of its own, called by {@link Deadlines}' timeout. Only the timer that fires a deadline now
 * removes it: a timer it replaced (a stale one that fired anyway) still raises the event, whose
 * handlers act by their subject's state, but leaves the deadline alone.
 */
@Stateless
public class DeadlineAttempts {

    private static final Logger LOG = Logger.getLogger(DeadlineAttempts.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    Deadlines deadlines;

    @Inject
    Event<DeadlineReached> reached;

    @Inject
    Settings settings;

    /** Raises {@link DeadlineReached}; the deadline is done when its handlers commit. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void run(Deadline deadline, String timerHandle) {
        reached.fire(new DeadlineReached(deadline, Instant.now()));
        ScheduledDeadline.find(em, deadline.kind(), deadline.subject())
                .filter(scheduled -> scheduled.isFiredBy(timerHandle))
                .ifPresent(em::remove);
    }

    /**
     * The attempt failed and was rolled back: fires it again after the retry delay, doubled after
     * each failure, or after the last attempt keeps it, failed, for the dead-letter screen.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(Deadline deadline, String timerHandle, String reason) {
        ScheduledDeadline scheduled = ScheduledDeadline.find(em, deadline.kind(), deadline.subject())
                .filter(found -> found.isFiredBy(timerHandle))
                .orElse(null);
        if (scheduled == null) {
            LOG.warning(() -> "Deadline " + deadline.kind() + " of " + deadline.subject()
                    + " failed after it was cancelled or" + " replaced; nothing to retry: " + reason);
            return;
        }
        int failures = scheduled.attempts() + 1;
        if (failures >= settings.deadlineAttempts()) {
            scheduled.failedForGood(reason, Instant.now());
            LOG.severe(() -> "Deadline " + deadline.kind() + " of " + deadline.subject() + " failed " + failures
                    + " times and waits on the dead-letter screen: " + reason);
            return;
        }
        Duration delay = settings.deadlineRetryDelay().multipliedBy(1L << Math.min(failures - 1, 20));
        scheduled.failedAgain(
                reason, deadlines.startTimer(deadline, Instant.now().plus(delay)));
        LOG.warning(() -> "Deadline " + deadline.kind() + " of " + deadline.subject() + " failed (attempt " + failures
                + "); it is tried again in " + delay + ": " + reason);
    }
}
