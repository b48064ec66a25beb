package org.reviewdesk.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every line of an audit trail records (a case's, an account's, the submission windows'): when it happened, and
 * who did it, by user name and by name as they were then, so the line reads the same after a rename. A line is written
 * in the transaction of what it records and never changed.
 */
@MappedSuperclass
public abstract class AuditLine {

    public static final int MAX_ACTOR_NAME = 200;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "actor_name", nullable = false, length = MAX_ACTOR_NAME)
    private String actorName;

    protected AuditLine() {}

    protected AuditLine(Instant occurredAt, String actor, String actorName) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorName = actorName.length() > MAX_ACTOR_NAME ? actorName.substring(0, MAX_ACTOR_NAME) : actorName;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    /** The user name of who did it, or the system's name for what the application did by itself. */
    public String actor() {
        return actor;
    }

    public String actorName() {
        return actorName;
    }
}
