package org.reviewdesk.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Whether new cases are assigned automatically; one row, switched by a supervisor. Automatic
 * assignments lock it while they choose, so two cases arriving at once see each other's choice.
 */
@Entity
@Table(name = "assignment_policy")
public class AssignmentPolicy {

    static final int THE_POLICY = 1;

    @Id
    private int id;

    @Column(nullable = false)
    private boolean automatic;

    @Column(name = "changed_by", length = 100)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private long version;

    protected AssignmentPolicy() {}

    void switchTo(boolean on, String supervisor, Instant now) {
        automatic = on;
        changedBy = supervisor;
        changedAt = now;
    }

    public boolean isAutomatic() {
        return automatic;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
