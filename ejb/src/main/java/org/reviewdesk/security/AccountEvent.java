package org.reviewdesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of an account's audit trail: who changed what on the account, and when. Written in the
 * transaction of the change itself, so the trail holds exactly what happened; never changed. It keeps
 * the account's id and the actor's user name and name as they were, so it reads the same after a rename.
 */
@Entity
@Table(name = "account_event")
public class AccountEvent {

    public static final int MAX_WHAT = 2000;

    @Id
    @SequenceGenerator(name = "account_event_seq", sequenceName = "account_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_event_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "actor_name", nullable = false, length = 200)
    private String actorName;

    @Column(name = "what", nullable = false, length = MAX_WHAT)
    private String what;

    protected AccountEvent() {}

    AccountEvent(long accountId, Instant occurredAt, String actor, String actorName, String what) {
        if (what == null || what.isBlank()) {
            throw new IllegalArgumentException("An account event says what changed");
        }
        this.accountId = accountId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorName = actorName.length() > 200 ? actorName.substring(0, 200) : actorName;
        this.what = what.length() <= MAX_WHAT ? what : what.substring(0, MAX_WHAT - 1) + "\u2026";
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    /** The user name of who made the change, or {@link AccountHistory#SYSTEM}. */
    public String actor() {
        return actor;
    }

    public String actorName() {
        return actorName;
    }

    /** What changed, in a sentence: "Changed the e-mail address from a@example.org to b@example.org". */
    public String what() {
        return what;
    }
}
