package org.reviewdesk.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One purge run, nightly or started by an administrator, and what it did. */
@Entity
@Table(name = "retention_run")
@NamedQuery(name = RetentionRun.LATEST, query = "SELECT r FROM RetentionRun r ORDER BY r.startedAt DESC, r.id DESC")
public class RetentionRun {

    static final String LATEST = "RetentionRun.latest";
    /** Who starts the nightly run. */
    public static final String NIGHTLY = "nightly run";

    static final int MAX_PROBLEMS = 8000;

    @Id
    @SequenceGenerator(name = "retention_run_seq", sequenceName = "retention_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "retention_run_seq")
    private Long id;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "started_by", nullable = false, length = 100)
    private String startedBy;

    @Column(name = "run_day", nullable = false)
    private LocalDate day;

    @Column(name = "cases_purged", nullable = false)
    private int casesPurged;

    @Column(name = "drafts_purged", nullable = false)
    private int draftsPurged;

    @Column(name = "drafts_warned", nullable = false)
    private int draftsWarned;

    @Column(name = "files_removed", nullable = false)
    private int filesRemoved;

    @Column(nullable = false)
    private int held;

    @Column(nullable = false)
    private int failures;

    @Column(length = MAX_PROBLEMS)
    private String problems;

    protected RetentionRun() {}

    RetentionRun(String startedBy, LocalDate day, Instant startedAt) {
        this.startedBy = startedBy;
        this.day = day;
        this.startedAt = startedAt;
    }

    /** What a finished run counted; copied onto the row in one step. */
    record Counts(
            int casesPurged,
            int draftsPurged,
            int draftsWarned,
            int filesRemoved,
            int held,
            int failures,
            String problems) {}

    void finished(Counts counts, Instant at) {
        casesPurged = counts.casesPurged();
        draftsPurged = counts.draftsPurged();
        draftsWarned = counts.draftsWarned();
        filesRemoved = counts.filesRemoved();
        held = counts.held();
        failures = counts.failures();
        String text = counts.problems();
        problems = text == null || text.isEmpty()
                ? null
                : text.length() <= MAX_PROBLEMS ? text : text.substring(0, MAX_PROBLEMS - 1) + "\u2026";
        finishedAt = at;
    }

    public long id() {
        return id;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** Null while it runs, or when the server stopped during it. */
    public Instant finishedAt() {
        return finishedAt;
    }

    public String startedBy() {
        return startedBy;
    }

    /** The day whose rules the run applied. */
    public LocalDate day() {
        return day;
    }

    public int casesPurged() {
        return casesPurged;
    }

    public int draftsPurged() {
        return draftsPurged;
    }

    public int draftsWarned() {
        return draftsWarned;
    }

    public int filesRemoved() {
        return filesRemoved;
    }

    public int held() {
        return held;
    }

    public int failures() {
        return failures;
    }

    /** One line per case that could not be purged (it was left whole) or file left on disk, with the reason. */
    public String problems() {
        return problems;
    }
}
