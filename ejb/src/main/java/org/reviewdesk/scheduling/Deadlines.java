package org.reviewdesk.scheduling;

import jakarta.annotation.Resource;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.logging.Logger;

/**
 * Deadlines kept as persistent EJB timers: they survive a restart, one that fell due while
 * the server was down fires once when it is back, and a cancelled one never fires.
 */
@Singleton
public class Deadlines {

    private static final Logger LOG = Logger.getLogger(Deadlines.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Event<DeadlineReached> reached;

    public void schedule(Deadline deadline) {
        cancel(deadline.kind(), deadline.subject());
        timers.createSingleActionTimer(Date.from(deadline.dueAt()), new TimerConfig(deadline, true));
    }

    /** Cancels the pending deadline of this kind and subject, if there is one. */
    public boolean cancel(String kind, String subject) {
        boolean cancelled = false;
        for (Timer timer : timers.getTimers()) {
            try {
                if (timer.getInfo() instanceof Deadline deadline && deadline.sameAs(kind, subject)) {
                    timer.cancel();
                    cancelled = true;
                }
            } catch (NoSuchObjectLocalException expiredMeanwhile) {
                // Another deadline fell due while we looked; it is not ours to cancel any more.
            }
        }
        return cancelled;
    }

    public List<Deadline> pending() {
        List<Deadline> pending = new ArrayList<>();
        for (Timer timer : timers.getTimers()) {
            try {
                if (timer.getInfo() instanceof Deadline deadline) {
                    pending.add(deadline);
                }
            } catch (NoSuchObjectLocalException expiredMeanwhile) {
                // Fell due while we looked: no longer pending.
            }
        }
        return pending;
    }

    @Timeout
    void fire(Timer timer) {
        Deadline deadline = (Deadline) timer.getInfo();
        LOG.info(() -> "Deadline " + deadline.kind() + " of " + deadline.subject() + " reached");
        reached.fire(new DeadlineReached(deadline, Instant.now()));
    }
}
