package org.reviewdesk.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Proof that the intake message carrying a client's request key was processed. The key is
 * unique in the database, so a message delivered twice is recognised and not acted on twice.
 */
@Entity
@Table(name = "intake_receipt")
@NamedQuery(name = IntakeReceipt.BY_KEY, query = "SELECT r FROM IntakeReceipt r WHERE r.requestKey = :key")
public class IntakeReceipt {

    static final String BY_KEY = "IntakeReceipt.byKey";

    @Id
    @SequenceGenerator(name = "intake_receipt_seq", sequenceName = "intake_receipt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_receipt_seq")
    private Long id;

    @Column(name = "request_key", nullable = false, unique = true, length = 200)
    private String requestKey;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    /** The case the request became; null on receipts written before it was recorded (V3). */
    @Column(name = "request_id")
    private Long requestId;

    protected IntakeReceipt() {}

    IntakeReceipt(String requestKey, long requestId, Instant receivedAt) {
        if (requestKey == null || requestKey.isBlank() || requestKey.length() > 200) {
            throw new IllegalArgumentException(
                    "Request key: give 1 to 200 characters that identify the request in your system");
        }
        this.requestKey = requestKey;
        this.requestId = requestId;
        this.receivedAt = receivedAt;
    }

    public String requestKey() {
        return requestKey;
    }

    /** The case the request became, if the receipt knows it. */
    public java.util.OptionalLong requestId() {
        return requestId == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(requestId);
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
