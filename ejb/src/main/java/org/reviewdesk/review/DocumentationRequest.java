package org.reviewdesk.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.PlainText;

/**
 * A reviewer's request for documentation, on a clock: the submitter answers by the due time, or
 * the case is denied for want of it. It ends exactly one way: answered, lapsed, or closed by a
 * decision or withdrawal that came first; once ended it never changes.
 */
@Entity
@Table(name = "documentation_request")
public class DocumentationRequest {

    public static final int MAX_TEXT = 10_000;
    public static final String FIELD = FormField.DOCUMENTATION_NEEDED.label();

    @Id
    @SequenceGenerator(
            name = "documentation_request_seq",
            sequenceName = "documentation_request_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "documentation_request_seq")
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "requested_by_name", nullable = false, length = 200)
    private String requestedByName;

    @Column(name = "what_is_needed", nullable = false, length = MAX_TEXT)
    private String whatIsNeeded;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "remind_at", nullable = false)
    private Instant remindAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    @Column(name = "answer_comment_id")
    private Long answerCommentId;

    @Column(name = "lapsed_at")
    private Instant lapsedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected DocumentationRequest() {}

    /**
     * Due {@code period} from now; the reminder goes {@code reminderLead} before that, or half-way
     * when the period is shorter than the lead.
     */
    DocumentationRequest(
            long requestId,
            String requestedBy,
            String requestedByName,
            String whatIsNeeded,
            Instant now,
            Duration period,
            Duration reminderLead) {
        String text = whatIsNeeded == null ? "" : whatIsNeeded.strip();
        if (text.isEmpty()) {
            throw new InvalidInput(
                    FIELD,
                    "Say what documentation the submitter should send; they read it in the e-mail and the portal");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInput(FIELD, "Keep it under " + MAX_TEXT + " characters (it has " + text.length() + ")");
        }
        PlainText.lines(text, FIELD, MAX_TEXT);
        this.requestId = requestId;
        this.requestedBy = requestedBy;
        this.requestedByName = requestedByName;
        this.whatIsNeeded = text;
        this.requestedAt = now;
        this.dueAt = now.plus(period);
        this.remindAt = reminderLead.compareTo(period) < 0 ? dueAt.minus(reminderLead) : now.plus(period.dividedBy(2));
    }

    public boolean isOpen() {
        return answeredAt == null && lapsedAt == null && closedAt == null;
    }

    /** Whether the reminder is still to be sent: open, not sent yet, and before the due time. */
    boolean needsReminderAt(Instant now) {
        return isOpen() && remindedAt == null && now.isBefore(dueAt);
    }

    void reminded(Instant now) {
        remindedAt = now;
    }

    void answer(String by, long commentId, Instant now) {
        requireOpen();
        answeredBy = by;
        answerCommentId = commentId;
        answeredAt = now;
    }

    void lapse(Instant now) {
        requireOpen();
        lapsedAt = now;
    }

    /** The case was decided or withdrawn first. */
    void close(Instant now) {
        requireOpen();
        closedAt = now;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("Documentation request " + id + " has already ended");
        }
    }

    /** What the request's state is, in a few words, for the case page and the portal. */
    public String state() {
        if (answeredAt != null) {
            return "Answered";
        }
        if (lapsedAt != null) {
            return "Lapsed";
        }
        if (closedAt != null) {
            return "Closed";
        }
        return "Waiting";
    }

    public Long id() {
        return id;
    }

    public long requestId() {
        return requestId;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String requestedByName() {
        return requestedByName;
    }

    public String whatIsNeeded() {
        return whatIsNeeded;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant remindAt() {
        return remindAt;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public Long answerCommentId() {
        return answerCommentId;
    }

    public Instant lapsedAt() {
        return lapsedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
