package org.reviewdesk.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * One CSV import of reference data: what the file held, its name, when and by whom it ran, and its report
 * (how many rows were kept, and each refused row by line). Records remember the run that last added or
 * changed them, so an administrator sees where a clinician came from.
 */
@Entity
@Table(name = "import_run")
public class ImportRun {

    /** The refused rows kept in the stored report; the count says how many there were in all. */
    static final int MAX_REPORTED_PROBLEMS = 1000;

    @Id
    @SequenceGenerator(name = "import_run_seq", sequenceName = "import_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_run_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReferenceKind kind;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "ran_at", nullable = false)
    private Instant ranAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "actor_name", nullable = false, length = 200)
    private String actorName;

    @Column(name = "rows_imported", nullable = false)
    private int rowsImported;

    @Column(name = "rows_refused", nullable = false)
    private int rowsRefused;

    @Column(nullable = false, length = 1_000_000)
    private String report = "";

    protected ImportRun() {}

    ImportRun(ReferenceKind kind, String fileName, Instant ranAt, String actor, String actorName) {
        this.kind = kind;
        this.fileName = clip(fileName == null || fileName.isBlank() ? "(no file name)" : fileName.strip(), 255);
        this.ranAt = ranAt;
        this.actor = actor;
        this.actorName = clip(actorName, 200);
    }

    /** Keeps the outcome: the counts and the refused rows, one per line. */
    void finish(ImportReport outcome) {
        rowsImported = outcome.imported();
        rowsRefused = outcome.problems().size();
        String listed = outcome.problems().stream()
                .limit(MAX_REPORTED_PROBLEMS)
                .map(ImportReport.RowProblem::toString)
                .collect(Collectors.joining("\n"));
        report = rowsRefused > MAX_REPORTED_PROBLEMS
                ? listed + "\n… and " + (rowsRefused - MAX_REPORTED_PROBLEMS) + " more refused rows"
                : listed;
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public ReferenceKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public Instant ranAt() {
        return ranAt;
    }

    public String actor() {
        return actor;
    }

    public String actorName() {
        return actorName;
    }

    public int rowsImported() {
        return rowsImported;
    }

    public int rowsRefused() {
        return rowsRefused;
    }

    /** The refused rows, "line 3: npi: …" one per line; empty when every row was kept. */
    public String report() {
        return report;
    }
}
