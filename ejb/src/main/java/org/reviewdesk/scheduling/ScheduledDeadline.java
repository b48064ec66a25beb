package org.reviewdesk.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A deadline that has not been handled yet, with the handle of the persistent timer that will
 * fire it, and its failed attempts. It is removed when its handler succeeds or when it is
 * cancelled; after its last failed attempt it stays, {@linkplain #hasFailed() failed}, with the
 * reason, until an administrator retries or discards it.
 */
@Entity
@Table(name = "scheduled_deadline")
@NamedQuery(
        name = ScheduledDeadline.OF,
        query = "SELECT s FROM ScheduledDeadline s WHERE s.kind = :kind AND s.subject = :subject")
@NamedQuery(
        name = ScheduledDeadline.FAILED,
        query = "SELECT s FROM ScheduledDeadline s WHERE s.failedAt IS NOT NULL ORDER BY s.failedAt, s.id")
@NamedQuery(name = ScheduledDeadline.ALL, query = "SELECT s FROM ScheduledDeadline s ORDER BY s.dueAt, s.id")
public class ScheduledDeadline {

    static final String OF = "ScheduledDeadline.of";
    static final String FAILED = "ScheduledDeadline.failed";
    static final String ALL = "ScheduledDeadline.all";
    private static final int MAX_REASON = 2000;

    @Id
    @SequenceGenerator(name = "scheduled_deadline_seq", sequenceName = "scheduled_deadline_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scheduled_deadline_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String kind;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    /** The serialised {@link jakarta.ejb.TimerHandle} of the timer that fires it next; none once it failed for good. */
    @Column(name = "timer_handle", length = 4000)
    private String timerHandle;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_failure", length = MAX_REASON)
    private String lastFailure;

    @Column(name = "failed_at")
    private Instant failedAt;

    protected ScheduledDeadline() {}

    ScheduledDeadline(Deadline deadline, String timerHandle) {
        this.kind = deadline.kind();
        this.subject = deadline.subject();
        this.dueAt = deadline.dueAt();
        this.timerHandle = timerHandle;
    }

    /** The deadline of this kind and subject that is not handled yet, if there is one. */
    static Optional<ScheduledDeadline> find(EntityManager em, String kind, String subject) {
        return em.createNamedQuery(OF, ScheduledDeadline.class)
                .setParameter("kind", kind)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    public long id() {
        return id;
    }

    public Deadline deadline() {
        return new Deadline(kind, subject, dueAt);
    }

    String timerHandle() {
        return timerHandle;
    }

    /** Whether this timer is the one that fires this deadline now (not one it replaced). */
    boolean isFiredBy(String handle) {
        return handle.equals(timerHandle);
    }

    public int attempts() {
        return attempts;
    }

    public String lastFailure() {
        return lastFailure;
    }

    public Instant failedAt() {
        return failedAt;
    }

    public boolean hasFailed() {
        return failedAt != null;
    }

    /** An attempt failed; the next one is fired by the timer of {@code retryHandle}. */
    void failedAgain(String reason, String retryHandle) {
        recordFailure(reason);
        timerHandle = retryHandle;
    }

    /** The last attempt failed: no timer any more, it waits for an administrator. */
    void failedForGood(String reason, Instant at) {
        recordFailure(reason);
        timerHandle = null;
        failedAt = at;
    }

    /** An administrator retries it: a new round of attempts, fired by the timer of {@code handle}. */
    void retriedWith(String handle) {
        attempts = 0;
        failedAt = null;
        timerHandle = handle;
    }

    private void recordFailure(String reason) {
        attempts++;
        String text = reason == null || reason.isBlank()
                ? "The handler failed without saying why; the server log has the error"
                : reason;
        lastFailure = text.length() > MAX_REASON ? text.substring(0, MAX_REASON - 1) + "…" : text;
    }
}
