package org.reviewdesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** The failed sign-ins counted against one user name or one client address, and until when its next try waits. */
@Entity
@Table(name = "sign_in_throttle")
@NamedQuery(
        name = SignInThrottle.SINCE,
        query = "SELECT t FROM SignInThrottle t WHERE t.lastFailureAt >= :since"
                + " ORDER BY t.blockedUntil DESC, t.id.kind, t.id.subject")
@NamedQuery(name = SignInThrottle.FORGET, query = "DELETE FROM SignInThrottle t WHERE t.lastFailureAt < :since")
public class SignInThrottle {

    static final String SINCE = "SignInThrottle.since";
    static final String FORGET = "SignInThrottle.forget";

    @EmbeddedId
    private ThrottledSubject id;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "blocked_until", nullable = false)
    private Instant blockedUntil;

    protected SignInThrottle() {}

    SignInThrottle(ThrottledSubject id, Instant now) {
        this.id = id;
        this.lastFailureAt = now;
        this.blockedUntil = now;
    }

    /** Counts one more failure and sets the wait that follows it. */
    void fail(Instant now, ThrottleSchedule schedule) {
        if (schedule.forgets(lastFailureAt, now)) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        blockedUntil = now.plus(schedule.delayAfter(failures));
    }

    /** How long a try at {@code now} must still wait; zero once the wait is over. */
    public Duration waitAt(Instant now) {
        return blockedUntil.isAfter(now) ? Duration.between(now, blockedUntil) : Duration.ZERO;
    }

    /** The same wait in whole seconds, rounded up, as people are told it. */
    public long waitSecondsAt(Instant now) {
        return wholeSeconds(waitAt(now));
    }

    static long wholeSeconds(Duration wait) {
        long whole = wait.toSeconds();
        return wait.equals(Duration.ofSeconds(whole)) ? whole : whole + 1;
    }

    public ThrottledSubject subject() {
        return id;
    }

    public int failures() {
        return failures;
    }

    public Instant lastFailureAt() {
        return lastFailureAt;
    }
}
