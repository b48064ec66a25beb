package org.reviewdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.reviewdesk.configuration.Settings;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;

/**
 * Issuing, revoking and checking the bearer tokens of API clients. An organisation may hold
 * several tokens at once (one per system, or an old and a new one while it rotates them);
 * each is revoked on its own.
 */
@Stateless
public class ApiTokens {

    static final String CLIENT_FIELD = FormField.ORGANISATION.label();

    @PersistenceContext
    EntityManager em;

    @EJB
    ApiClients clients;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    /**
     * Issues a new token to the client.
     *
     * @param expiresOn the last day the token works ({@code 2027-06-30}, US Eastern), or blank for the
     *                  deployment's default lifetime (a year)
     * @return the token and its secret, which is not kept and cannot be shown again
     * @throws InvalidInput when the client does not exist, the label is missing, or the day is not
     *                      after today and within two years
     */
    @RolesAllowed("ADMIN")
    public IssuedToken issue(long clientId, String label, String expiresOn, String adminUsername) {
        ApiClient client = clients.find(clientId)
                .orElseThrow(() -> new InvalidInput(
                        CLIENT_FIELD, "There is no API client " + clientId + "; register the organisation first"));
        Instant now = clock.instant();
        Instant expiresAt = TokenLifetime.expiryOf(expiresOn, now, settings.apiTokenLifetime());
        String secret = TokenSecret.generate();
        ApiToken token = new ApiToken(client, secret, label, adminUsername, now, expiresAt);
        em.persist(token);
        return new IssuedToken(token, secret);
    }

    /**
     * Revokes a token for good: its next call is refused.
     *
     * @throws InvalidInput when there is no such token, or it was revoked already
     */
    @RolesAllowed("ADMIN")
    public ApiToken revoke(long tokenId, String adminUsername) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null) {
            throw new InvalidInput("Token", "There is no token " + tokenId + "; reload the list");
        }
        token.revoke(adminUsername, clock.instant());
        return token;
    }

    /**
     * The client a bearer token belongs to, when it is a token that was issued, not revoked and not
     * expired; an expired token is told apart (only its holder can send it), anything else is refused
     * without saying why, so a caller learns nothing from a refusal.
     */
    public TokenCheck authenticate(String bearer) {
        if (!TokenSecret.looksLikeToken(bearer)) {
            return new TokenCheck.Refused();
        }
        // Found by its hash, which is indexed. Comparing in the database leaks nothing useful: the hash
        // of a 256-bit random secret cannot be worked back. The comparison here is constant-time anyway.
        Optional<ApiToken> found = em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", TokenSecret.hash(bearer))
                .getResultStream()
                .findFirst()
                .filter(token -> token.matches(bearer) && !token.isRevoked());
        if (found.isEmpty()) {
            return new TokenCheck.Refused();
        }
        ApiToken token = found.get();
        Instant now = clock.instant();
        if (token.isExpiredAt(now)) {
            return new TokenCheck.Expired(token.expiresAt());
        }
        token.usedAt(now);
        return new TokenCheck.Accepted(token.client());
    }

    /** The client's tokens, newest first, revoked ones included. */
    @RolesAllowed("ADMIN")
    public List<ApiToken> of(long clientId) {
        return em.createNamedQuery(ApiToken.OF_CLIENT, ApiToken.class)
                .setParameter("clientId", clientId)
                .getResultList();
    }
}
