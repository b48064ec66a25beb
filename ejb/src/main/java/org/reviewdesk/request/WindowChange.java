package org.reviewdesk.request;

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
 * One line of the submission windows' audit trail: who created, corrected or extended a performance year's
 * window, when, what changed and the reason they gave. Written in the transaction of the change; never changed.
 * It keeps the actor's name as it was, so it reads the same after a rename.
 */
@Entity
@Table(name = "window_change")
public class WindowChange extends AuditLine {

    public static final int MAX_REASON = 1000;

    @Id
    @SequenceGenerator(name = "window_change_seq", sequenceName = "window_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "window_change_seq")
    private Long id;

    @Column(name = "performance_year", nullable = false)
    private int performanceYear;

    @Column(nullable = false, length = 500)
    private String what;

    @Column(nullable = false, length = MAX_REASON)
    private String reason;

    protected WindowChange() {}

    WindowChange(int performanceYear, Instant occurredAt, String actor, String actorName, String what, String reason) {
        super(occurredAt, actor, actorName);
        this.performanceYear = performanceYear;
        this.what = what;
        this.reason = reason;
    }

    public int performanceYear() {
        return performanceYear;
    }

    public String what() {
        return what;
    }

    public String reason() {
        return reason;
    }
}
