package org.reviewdesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.reviewdesk.infrastructure.persistence.AuditLine;

/**
 * One line of an account's audit trail: who changed what on the account, and when. Written in the
 * transaction of the change itself, so the trail holds exactly what happened; never changed. It keeps
 * the account's id and the actor's user name and name as they were, so it reads the same after a rename.
 */
@Entity
@Table(name = "account_event")
public class AccountEvent extends AuditLine {

    public static final int MAX_WHAT = 2000;

    @Id
    @SequenceGenerator(name = "account_event_seq", sequenceName = "account_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_event_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "what", nullable = false, length = MAX_WHAT)
    private String what;

    protected AccountEvent() {}

    AccountEvent(long accountId, Instant occurredAt, String actor, String actorName, String what) {
        super(occurredAt, actor, actorName);
        if (what == null || what.isBlank()) {
            throw new IllegalArgumentException("An account event says what changed");
        }
        this.accountId = accountId;
        this.what = what.length() <= MAX_WHAT ? what : what.substring(0, MAX_WHAT - 1) + "\u2026";
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    /** What changed, in a sentence: "Changed the e-mail address from a@example.org to b@example.org". */
    public String what() {
        return what;
    }
}
