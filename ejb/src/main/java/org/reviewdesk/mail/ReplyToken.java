package org.reviewdesk.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.reviewdesk.security.Secrets;

/**
 * The token in the Reply-To of one notification to one recipient, bound to the request and that
 * recipient (DESIGN §10). The token is 192 random bits written as 48 lower-case hexadecimal digits
 * (mail systems may change the case of an address, never its digits); only its SHA-256 is kept,
 * under a unique index, so the table gives nobody a working reply address. A fast hash is enough:
 * the secret is random, there is nothing to guess.
 */
@Entity
@Table(name = "reply_token")
@NamedQuery(name = ReplyToken.BY_HASH, query = "SELECT t FROM ReplyToken t WHERE t.tokenHash = :hash")
public class ReplyToken {

    static final String BY_HASH = "ReplyToken.byHash";

    private static final int RANDOM_BYTES = 24;
    static final Pattern FORMAT = Pattern.compile("[0-9a-f]{" + RANDOM_BYTES * 2 + "}");

    @Id
    @SequenceGenerator(name = "reply_token_seq", sequenceName = "reply_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reply_token_seq")
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected ReplyToken() {}

    ReplyToken(String token, long requestId, String recipient, Instant issuedAt) {
        this.tokenHash = hash(token);
        this.requestId = requestId;
        this.recipient = recipient.toLowerCase(Locale.ROOT);
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
    }

    /** A new token, never issued before (2^192 possibilities). */
    static String generate() {
        byte[] bytes = Secrets.randomBytes(RANDOM_BYTES);
        return HexFormat.of().formatHex(bytes);
    }

    /** The SHA-256 of the token, as 64 lower-case hexadecimal digits: what is stored and looked up. */
    static String hash(String token) {
        return Secrets.sha256Hex(token);
    }

    public long requestId() {
        return requestId;
    }

    /** The address the notification went to, lower-case: the only one this token speaks for. */
    public String recipient() {
        return recipient;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
