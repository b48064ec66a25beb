package org.reviewdesk.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;

/**
 * A bearer token an API client authenticates with. Only the SHA-256 of its secret is kept
 * (see {@link TokenSecret}), so a copy of the database lets no one call the API. A revoked
 * token stays, with who revoked it and when, and never works again.
 * <p>
 * Every token expires: a secret that leaked unnoticed stops working on its own, and an organisation
 * that no longer calls the API is not left with a key. The client's contact is warned by e-mail
 * {@link #WARNING_LEAD} before ({@link ApiTokenExpiryWarnings}), once per token.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH, query = "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash")
@NamedQuery(
        name = ApiToken.OF_CLIENT,
        query = "SELECT t FROM ApiToken t WHERE t.client.id = :clientId ORDER BY t.issuedAt DESC, t.id DESC")
@NamedQuery(
        name = ApiToken.DUE_FOR_WARNING,
        query = "SELECT t FROM ApiToken t WHERE t.revokedAt IS NULL AND t.expiryWarnedAt IS NULL"
                + " AND t.expiresAt > :now AND t.expiresAt <= :warnFrom ORDER BY t.expiresAt, t.id")
@NamedQuery(
        name = ApiToken.CLAIM_WARNING,
        query = "UPDATE ApiToken t SET t.expiryWarnedAt = :now WHERE t.id = :id AND t.expiryWarnedAt IS NULL")
public class ApiToken {

    static final String BY_HASH = "ApiToken.byHash";
    static final String OF_CLIENT = "ApiToken.ofClient";
    static final String DUE_FOR_WARNING = "ApiToken.dueForWarning";
    static final String CLAIM_WARNING = "ApiToken.claimWarning";

    /** How long before its expiry a token's client is warned, and the screen shows it as expiring soon. */
    public static final Duration WARNING_LEAD = Duration.ofDays(30);

    public static final int MAX_LABEL = 100;
    static final String LABEL_FIELD = FormField.TOKEN_LABEL.label();

    /** Last use is a hint for administrators, not an audit trail: at most one write a minute per token. */
    static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "client_id", nullable = false)
    private ApiClient client;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 10)
    private String hint;

    @Column(nullable = false, length = MAX_LABEL)
    private String label;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 100)
    private String issuedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    /** When the client's contact was told the token expires soon; set once, by whichever server claimed it. */
    @Column(name = "expiry_warned_at")
    private Instant expiryWarnedAt;

    protected ApiToken() {}

    /**
     * @param plainToken the secret just generated; only its hash and last characters are kept
     * @throws InvalidInput when the label is blank or too long
     */
    ApiToken(ApiClient client, String plainToken, String label, String issuedBy, Instant issuedAt, Instant expiresAt) {
        if (!TokenSecret.looksLikeToken(plainToken)) {
            throw new IllegalArgumentException("Not a token made by TokenSecret.generate()");
        }
        String text = label == null ? "" : label.strip();
        if (text.isEmpty()) {
            throw new InvalidInput(
                    LABEL_FIELD,
                    "Say what the token is for, such as \"production\" or \"test system\", so it can be told apart later");
        }
        if (text.length() > MAX_LABEL) {
            throw new InvalidInput(LABEL_FIELD, "Keep the label under " + MAX_LABEL + " characters");
        }
        if (expiresAt == null || !expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("A token expires after it is issued");
        }
        this.client = client;
        this.expiresAt = expiresAt;
        this.tokenHash = TokenSecret.hash(plainToken);
        this.hint = TokenSecret.hint(plainToken);
        this.label = text;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    /** Whether this is the token with that secret, compared in constant time. */
    boolean matches(String plainToken) {
        return TokenSecret.sameHash(tokenHash, TokenSecret.hash(plainToken));
    }

    /** Stops the token for good. */
    void revoke(String by, Instant now) {
        if (isRevoked()) {
            throw new InvalidInput(
                    "Token", "The token \"" + label + "\" was revoked already, on " + revokedAt + " by " + revokedBy);
        }
        revokedAt = now;
        revokedBy = by;
    }

    /** Records a use; true when that changed the token (so the caller knows a write is due). */
    boolean usedAt(Instant now) {
        if (lastUsedAt != null && lastUsedAt.plus(LAST_USE_RESOLUTION).isAfter(now)) {
            return false;
        }
        lastUsedAt = now;
        return true;
    }

    /** Whether the token no longer works because its time is over (revoked or not). */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Whether the token still works but stops within {@link #WARNING_LEAD}: the screen says so, the client is warned. */
    public boolean expiresSoonAt(Instant now) {
        return !isExpiredAt(now) && !now.plus(WARNING_LEAD).isBefore(expiresAt);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long id() {
        return id;
    }

    public ApiClient client() {
        return client;
    }

    /** "…x7Qa": the token's last characters, to recognise it. */
    public String hint() {
        return hint;
    }

    public String label() {
        return label;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant expiryWarnedAt() {
        return expiryWarnedAt;
    }
}
