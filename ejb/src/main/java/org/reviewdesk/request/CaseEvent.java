package org.reviewdesk.request;

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
import org.reviewdesk.infrastructure.persistence.AuditLine;

/**
 * One line of a case's audit trail: who did what, when, and what it changed. Written in the
 * transaction of the action itself, so the trail holds exactly what happened; never changed.
 * <p>
 * {@code caseVersion} is the version of the case the actor acted on, for actions that change the
 * case itself: the changes another reviewer did not see are those at or after the version their
 * page showed.
 */
@Entity
@Table(name = "case_event")
public class CaseEvent extends AuditLine {

    public static final int MAX_DETAILS = 4000;

    @Id
    @SequenceGenerator(name = "case_event_seq", sequenceName = "case_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_seq")
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private CaseAction action;

    @Column(length = MAX_DETAILS)
    private String details;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_from", length = 30)
    private RequestStatus statusFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_to", length = 30)
    private RequestStatus statusTo;

    @Column(name = "case_version")
    private Long caseVersion;

    protected CaseEvent() {}

    CaseEvent(
            long requestId,
            Instant occurredAt,
            String actor,
            String actorName,
            CaseAction action,
            String details,
            RequestStatus statusFrom,
            RequestStatus statusTo,
            Long caseVersion) {
        super(occurredAt, actor, actorName);
        this.requestId = requestId;
        this.action = action;
        this.details = details == null || details.length() <= MAX_DETAILS
                ? details
                : details.substring(0, MAX_DETAILS - 1) + "\u2026";
        this.statusFrom = statusFrom;
        this.statusTo = statusTo;
        this.caseVersion = caseVersion;
    }

    public Long id() {
        return id;
    }

    public long requestId() {
        return requestId;
    }

    public CaseAction action() {
        return action;
    }

    public String details() {
        return details;
    }

    public RequestStatus statusFrom() {
        return statusFrom;
    }

    public RequestStatus statusTo() {
        return statusTo;
    }

    /** Whether the case's status changed with this action. */
    public boolean changedStatus() {
        return statusTo != null && statusTo != statusFrom;
    }

    public Long caseVersion() {
        return caseVersion;
    }
}
