package org.reviewdesk.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One-time links mailed to someone (invitation, password reset, e-mail confirmation, first password). The
 * secret in the link is 256 random bits in base64url (43 characters); only its SHA-256 is stored, under a
 * unique index, so the table gives nobody a working link. A fast hash is enough: the secret is random,
 * there is nothing to guess. A link works once, until it expires, while its account is enabled; a new link
 * of the same purpose for the same account replaces the older unused ones (the last e-mail is the one that works).
 */
@Stateless
public class OneTimeLinks {

    private static final int RANDOM_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** A link as its holder sees it, before or after using it. */
    public record Redeemed(UserAccount account, LinkPurpose purpose, String detail, Instant expiresAt) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * A new link for the account: returns the secret to put in the URL (it is nowhere else). Older unused
     * links of the same purpose for the account stop working. {@code detail} is what the link confirms,
     * such as the new address of an {@link LinkPurpose#EMAIL_CONFIRMATION}; may be null.
     */
    public String issue(UserAccount account, LinkPurpose purpose, Duration validFor, String detail) {
        Instant now = clock.instant();
        // The stored account, never a copy merged over it: a screen's detached account may be older than the database.
        UserAccount managed = em.find(
                UserAccount.class, Objects.requireNonNull(account.id(), "Issue links only for a stored account"));
        em.createNamedQuery(OneTimeLink.OPEN_OF, OneTimeLink.class)
                .setParameter("account", managed)
                .setParameter("purpose", purpose)
                .getResultList()
                .forEach(older -> older.revoke(now));
        String secret = generate();
        em.persist(new OneTimeLink(hash(secret), managed, purpose, detail, now, validFor));
        return secret;
    }

    /** Uses the link: marked used in this transaction, so it never works again. */
    public Redeemed redeem(String secret, LinkPurpose purpose) {
        return redeem(secret, Set.of(purpose));
    }

    /** Uses a link of any of these purposes (the set-password page takes several). */
    public Redeemed redeem(String secret, Set<LinkPurpose> purposes) {
        OneTimeLink link = find(secret, purposes);
        link.use(clock.instant());
        return redeemed(link);
    }

    /** The link as it would be redeemed now, without using it; refused exactly as {@link #redeem} would. */
    public Redeemed inspect(String secret, Set<LinkPurpose> purposes) {
        OneTimeLink link = find(secret, purposes);
        link.requireUsable(clock.instant());
        return redeemed(link);
    }

    /** The link if it works now, without using it: to show its page. */
    public Optional<Redeemed> peek(String secret, LinkPurpose purpose) {
        try {
            return Optional.of(inspect(secret, Set.of(purpose)));
        } catch (LinkRefused e) {
            return Optional.empty();
        }
    }

    private OneTimeLink find(String secret, Set<LinkPurpose> purposes) {
        Optional<OneTimeLink> link = secret != null && FORMAT.matcher(secret).matches()
                ? em.createNamedQuery(OneTimeLink.BY_HASH, OneTimeLink.class)
                        .setParameter("hash", hash(secret))
                        .getResultStream()
                        .findFirst()
                : Optional.empty();
        return link.filter(found -> purposes.contains(found.purpose()))
                .orElseThrow(
                        () -> new LinkRefused(
                                "This link is not valid: it may be incomplete. Open it again from the e-mail,"
                                        + " or copy the whole address into the browser; if it still fails, ask for a new one."));
    }

    private static Redeemed redeemed(OneTimeLink link) {
        return new Redeemed(link.account(), link.purpose(), link.detail(), link.expiresAt());
    }

    static String generate() {
        byte[] bytes = Secrets.randomBytes(RANDOM_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        return Secrets.sha256Hex(secret);
    }
}
