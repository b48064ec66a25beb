package org.reviewdesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.reviewdesk.configuration.EasternTime;

/**
 * One link sent to one account for one purpose ({@link OneTimeLinks}). Only the SHA-256 of its secret
 * is kept, so the table gives nobody a working link. It works once, until it expires, while its
 * account is enabled and no newer link of the same purpose replaced it.
 */
@Entity
@Table(name = "one_time_link")
@NamedQuery(name = OneTimeLink.BY_HASH, query = "SELECT l FROM OneTimeLink l WHERE l.secretHash = :hash")
@NamedQuery(
        name = OneTimeLink.OPEN_OF,
        query = "SELECT l FROM OneTimeLink l WHERE l.account = :account"
                + " AND l.purpose = :purpose AND l.usedAt IS NULL AND l.revokedAt IS NULL")
public class OneTimeLink {

    static final String BY_HASH = "OneTimeLink.byHash";
    static final String OPEN_OF = "OneTimeLink.openOf";
    public static final int MAX_DETAIL = 320;

    @Id
    @SequenceGenerator(name = "one_time_link_seq", sequenceName = "one_time_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "one_time_link_seq")
    private Long id;

    @Column(name = "secret_hash", nullable = false, length = 64, unique = true)
    private String secretHash;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private LinkPurpose purpose;

    @Column(length = MAX_DETAIL)
    private String detail;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected OneTimeLink() {}

    OneTimeLink(
            String secretHash,
            UserAccount account,
            LinkPurpose purpose,
            String detail,
            Instant issuedAt,
            Duration validFor) {
        if (validFor == null || validFor.isNegative() || validFor.isZero()) {
            throw new IllegalArgumentException("A one-time link needs a positive validity");
        }
        if (detail != null && detail.length() > MAX_DETAIL) {
            throw new IllegalArgumentException("A one-time link's detail has at most " + MAX_DETAIL + " characters");
        }
        this.secretHash = Objects.requireNonNull(secretHash, "secretHash");
        this.account = Objects.requireNonNull(account, "account");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.detail = detail;
        this.issuedAt = issuedAt;
        this.expiresAt = issuedAt.plus(validFor);
    }

    /** Refuses the link, saying why and what to do, unless it works now. */
    void requireUsable(Instant now) {
        if (usedAt != null) {
            refuse("This " + purpose.noun() + " was already used, on " + EasternTime.dayAndTime(usedAt) + ".");
        }
        if (revokedAt != null) {
            refuse("This " + purpose.noun() + " was replaced by a newer one on " + EasternTime.dayAndTime(revokedAt)
                    + ": use the link in the most recent e-mail.");
        }
        if (!now.isBefore(expiresAt)) {
            refuse("This " + purpose.noun() + " expired on " + EasternTime.dayAndTime(expiresAt) + ".");
        }
        if (!account.isEnabled()) {
            throw new LinkRefused(
                    "The account of this " + purpose.noun() + " is disabled. Ask your administrator to enable it.");
        }
    }

    private void refuse(String what) {
        throw new LinkRefused(what + " " + purpose.remedy());
    }

    void use(Instant now) {
        requireUsable(now);
        this.usedAt = now;
    }

    void revoke(Instant now) {
        this.revokedAt = now;
    }

    public UserAccount account() {
        return account;
    }

    public LinkPurpose purpose() {
        return purpose;
    }

    public String detail() {
        return detail;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
