package org.reviewdesk.scheduling;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerHandle;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Deadlines kept as persistent EJB timers: they survive a restart, one that fell due while
 * the server was down fires once when it is back, and a cancelled one never fires.
 * <p>
 * Each pending deadline is a {@link ScheduledDeadline} row holding its timer's serialised
 * {@link TimerHandle}, written in the caller's transaction together with the timer, so a
 * deadline is cancelled through its handle (no scan of every timer) and nothing here holds a
 * lock: schedules, cancels, reads and expiries of different deadlines run side by side.
 * <p>
 * A deadline whose handler fails is not lost: {@link DeadlineAttempts} records the reason and
 * fires it again after a delay that doubles each time; after its last attempt it waits, with the
 * reason, on the administrator's dead-letter screen, which retries or discards it.
 */
@Stateless
public class Deadlines {

    private static final Logger LOG = Logger.getLogger(Deadlines.class.getName());

    @Resource
    TimerService timers;

    @PersistenceContext
    EntityManager em;

    @EJB
    DeadlineAttempts attempts;

    /** Schedules the deadline, replacing a pending one of the same kind and subject. */
    public void schedule(Deadline deadline) {
        cancel(deadline.kind(), deadline.subject());
        // EclipseLink writes inserts before deletes; the replaced row must be gone first (one row per kind and
        // subject).
        em.flush();
        em.persist(new ScheduledDeadline(deadline, startTimer(deadline, deadline.dueAt())));
    }

    /** Cancels the pending (or failed) deadline of this kind and subject, if there is one. */
    public boolean cancel(String kind, String subject) {
        Optional<ScheduledDeadline> scheduled = ScheduledDeadline.find(em, kind, subject);
        scheduled.ifPresent(found -> {
            stopTimer(found.timerHandle());
            em.remove(found);
        });
        return scheduled.isPresent();
    }

    /**
     * The deadlines not handled yet: those whose timer is still in the timer store, and those
     * that failed for good and wait for an administrator. One whose timer went missing (a lost
     * timer store) is not pending, so {@code ClockRecovery} schedules it again.
     */
    public List<Deadline> pending() {
        return em.createNamedQuery(ScheduledDeadline.ALL, ScheduledDeadline.class)
                .getResultStream()
                .filter(scheduled -> scheduled.hasFailed()
                        || timerOf(scheduled.timerHandle()).isPresent())
                .map(ScheduledDeadline::deadline)
                .toList();
    }

    /** The deadlines whose every attempt failed, oldest failure first, with the reason of the last one. */
    @RolesAllowed("ADMIN")
    public List<ScheduledDeadline> failed() {
        return em.createNamedQuery(ScheduledDeadline.FAILED, ScheduledDeadline.class)
                .getResultList();
    }

    /** Fires a failed deadline again now, for a new round of attempts. */
    @RolesAllowed("ADMIN")
    public boolean retry(long id) {
        ScheduledDeadline failed = em.find(ScheduledDeadline.class, id);
        if (failed == null || !failed.hasFailed()) {
            return false;
        }
        failed.retriedWith(startTimer(failed.deadline(), Instant.now()));
        LOG.info(() -> "Deadline " + failed.deadline().kind() + " of "
                + failed.deadline().subject() + " retried by an administrator");
        return true;
    }

    /** Drops a failed deadline for good: it never acts. */
    @RolesAllowed("ADMIN")
    public boolean discard(long id) {
        ScheduledDeadline failed = em.find(ScheduledDeadline.class, id);
        if (failed == null || !failed.hasFailed()) {
            return false;
        }
        em.remove(failed);
        return true;
    }

    /**
     * Runs the deadline's handlers in a transaction of their own, so a failure is caught here,
     * after its rollback, and recorded in another one instead of being retried once by the
     * container and then dropped.
     */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire(Timer timer) {
        Deadline deadline = (Deadline) timer.getInfo();
        String handle = write(timer.getHandle());
        LOG.info(() -> "Deadline " + deadline.kind() + " of " + deadline.subject() + " reached");
        try {
            attempts.run(deadline, handle);
        } catch (RuntimeException failure) {
            attempts.failed(deadline, handle, reasonOf(failure));
        }
    }

    /**
     * Starts a timer of this bean for the deadline, due at {@code at}, and returns its handle to store
     * with the deadline; only for {@link DeadlineAttempts}, which retries a failed one.
     */
    public String startTimer(Deadline deadline, Instant at) {
        return write(timers.createSingleActionTimer(Date.from(at), new TimerConfig(deadline, true))
                .getHandle());
    }

    private void stopTimer(String handle) {
        timerOf(handle).ifPresent(timer -> {
            try {
                timer.cancel();
            } catch (NoSuchObjectLocalException firedMeanwhile) {
                // It fell due while we cancelled it; its handler finds the deadline gone or its subject ended.
            }
        });
    }

    private Optional<Timer> timerOf(String handle) {
        if (handle == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(handle).getTimer());
        } catch (NoSuchObjectLocalException gone) {
            return Optional.empty();
        }
    }

    private static String reasonOf(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String write(TimerHandle handle) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(handle);
        } catch (IOException e) {
            throw new UncheckedIOException("The timer handle could not be serialised", e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /** The handle's class is the server's, not the application's, so it is resolved by the timer service's class loader. */
    private TimerHandle read(String handle) {
        ClassLoader serverClasses = timers.getClass().getClassLoader();
        try (ObjectInputStream in = new ServerObjectInputStream(
                new ByteArrayInputStream(Base64.getDecoder().decode(handle)), serverClasses)) {
            return (TimerHandle) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("A stored timer handle could not be read", e);
        }
    }

    private static final class ServerObjectInputStream extends ObjectInputStream {

        private final ClassLoader serverClasses;

        ServerObjectInputStream(InputStream in, ClassLoader serverClasses) throws IOException {
            super(in);
            this.serverClasses = serverClasses;
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(description.getName(), false, serverClasses);
            } catch (ClassNotFoundException notTheServers) {
                return super.resolveClass(description);
            }
        }
    }
}
