package org.reviewdesk.api;

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
 * A request key an API client sent a request under. Written when the API accepts the request
 * for the intake queue, before intake processes it, so the client can follow it (queued,
 * rejected, submitted) and no other client can: each key belongs to the first client that
 * used it, which also keeps one client from taking over another's keys.
 */
@Entity
@Table(name = "api_filing")
@NamedQuery(name = ApiFiling.BY_KEY, query = "SELECT f FROM ApiFiling f WHERE f.requestKey = :key")
public class ApiFiling {

    static final String BY_KEY = "ApiFiling.byKey";

    @Id
    @SequenceGenerator(name = "api_filing_seq", sequenceName = "api_filing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_filing_seq")
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "request_key", nullable = false, unique = true, length = 100)
    private String requestKey;

    /** When the API last received a request under this key. */
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected ApiFiling() {}

    ApiFiling(long clientId, String requestKey, Instant receivedAt) {
        this.clientId = clientId;
        this.requestKey = requestKey;
        this.receivedAt = receivedAt;
    }

    /** The client sent a request under this key again, after a refusal or a timeout. */
    void receivedAgainAt(Instant now) {
        receivedAt = now;
    }

    public long clientId() {
        return clientId;
    }

    public String requestKey() {
        return requestKey;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
