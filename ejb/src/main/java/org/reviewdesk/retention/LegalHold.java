package org.reviewdesk.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.PlainText;

/**
 * A legal hold in force on one case: while it stands, no purge removes the case, whatever its date. Its
 * placing and release, with their reasons, are in the case's audit trail.
 */
@Entity
@Table(name = "legal_hold")
@NamedQuery(name = LegalHold.ALL, query = "SELECT h FROM LegalHold h ORDER BY h.placedAt DESC")
public class LegalHold {

    static final String ALL = "LegalHold.all";
    public static final int MAX_REASON = 2000;
    public static final String REASON = FormField.LEGAL_HOLD_REASON.label();

    @Id
    @Column(name = "request_id")
    private Long requestId;

    @Column(nullable = false, length = MAX_REASON)
    private String reason;

    @Column(name = "placed_by", nullable = false, length = 100)
    private String placedBy;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    protected LegalHold() {}

    LegalHold(long requestId, String reason, String placedBy, Instant placedAt) {
        this.requestId = requestId;
        this.reason = requiredReason(reason);
        this.placedBy = placedBy;
        this.placedAt = placedAt;
    }

    /** The reason a hold is placed or released: required, one the audit trail can show. */
    static String requiredReason(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new InvalidInput(REASON, "Enter the reason, such as the litigation or inquiry and who asked for it");
        }
        return PlainText.lines(text, REASON, MAX_REASON);
    }

    public long requestId() {
        return requestId;
    }

    public String reason() {
        return reason;
    }

    public String placedBy() {
        return placedBy;
    }

    public Instant placedAt() {
        return placedAt;
    }
}
