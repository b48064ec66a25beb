package org.reviewdesk.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.PlainText;

/** The decision on a case: its reason (which says the outcome), the narrative to the submitter, who and when. */
@Embeddable
public class Decision {

    /**
     * Room for what a reviewer writes, and for an automatic denial that quotes a whole
     * documentation request (up to 10,000 characters) with its own words around it.
     */
    public static final int MAX_NARRATIVE = 20_000;

    public static final String REASON = FormField.DECISION_REASON.label();
    public static final String NARRATIVE = FormField.DECISION_NARRATIVE.label();

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_reason", length = 40)
    private DecisionReason reason;

    @Column(name = "decision_narrative", length = MAX_NARRATIVE)
    private String narrative;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Decision() {}

    public Decision(DecisionReason reason, String narrative, String decidedBy, Instant decidedAt) {
        if (reason == null) {
            throw new InvalidInput(REASON, "Choose the reason for the decision");
        }
        String text = narrative == null ? "" : narrative.strip();
        if (text.isEmpty()) {
            throw new InvalidInput(
                    NARRATIVE,
                    "Explain the decision to the submitter; they read this text in the e-mail and the portal");
        }
        if (text.length() > MAX_NARRATIVE) {
            throw new InvalidInput(
                    NARRATIVE,
                    "Keep the narrative under " + MAX_NARRATIVE + " characters (it has " + text.length() + ")");
        }
        PlainText.lines(text, NARRATIVE, MAX_NARRATIVE);
        this.reason = reason;
        this.narrative = text;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public RequestStatus outcome() {
        return reason.outcome();
    }

    public DecisionReason reason() {
        return reason;
    }

    public String narrative() {
        return narrative;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
