package org.reviewdesk.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.reviewdesk.request.RequestStatus;

/**
 * All that remains of a purged case or draft, in the retention audit log: its ID, year and number, how it
 * ended, the day it became purgeable, and the run that purged it.
 */
@Entity
@Table(name = "case_tombstone")
@NamedQuery(
        name = CaseTombstone.OF_RUN,
        query = "SELECT t FROM CaseTombstone t WHERE t.runId = :run ORDER BY t.requestId")
public class CaseTombstone {

    static final String OF_RUN = "CaseTombstone.ofRun";

    /** Why it was purged. */
    public enum Rule {
        RETENTION_PERIOD("Retention period over"),
        ABANDONED_DRAFT("Abandoned draft");

        private final String label;

        Rule(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "performance_year", nullable = false)
    private int performanceYear;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RequestStatus outcome;

    @Column(name = "purge_day", nullable = false)
    private LocalDate purgeDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "purge_rule", nullable = false, length = 30)
    private Rule rule;

    @Column(name = "purged_at", nullable = false)
    private Instant purgedAt;

    @Column(name = "run_id", nullable = false)
    private long runId;

    protected CaseTombstone() {}

    CaseTombstone(
            long requestId,
            int performanceYear,
            int number,
            RequestStatus outcome,
            LocalDate purgeDay,
            Rule rule,
            Instant purgedAt,
            long runId) {
        this.requestId = requestId;
        this.performanceYear = performanceYear;
        this.number = number;
        this.outcome = outcome;
        this.purgeDay = purgeDay;
        this.rule = rule;
        this.purgedAt = purgedAt;
        this.runId = runId;
    }

    public long requestId() {
        return requestId;
    }

    public String displayId() {
        return performanceYear + " TARGETED REVIEW ID: " + number;
    }

    public int performanceYear() {
        return performanceYear;
    }

    public RequestStatus outcome() {
        return outcome;
    }

    public LocalDate purgeDay() {
        return purgeDay;
    }

    public Rule rule() {
        return rule;
    }

    public Instant purgedAt() {
        return purgedAt;
    }

    public long runId() {
        return runId;
    }
}
