package org.reviewdesk.api;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Warns an API client's contact by e-mail, {@link ApiToken#WARNING_LEAD} before one of its tokens
 * expires, once per token.
 * <p>
 * A sweep once a day, not a timer per token: what must be done is in the database (a token due,
 * not warned yet), so a sweep missed while the server was down is made up by the next one (the
 * warning window is a month wide), tokens that existed before expiry did (migration V17) are
 * warned like new ones, and nothing has to be scheduled or cancelled when a token is issued or
 * revoked. Each warning is claimed with a conditional update in the transaction that queues the
 * mail, so when several servers sweep the same database only the one whose update changed the row
 * sends it, and a rolled-back sweep sends nothing and leaves the token to the next one.
 */
@Stateless
public class ApiTokenExpiryWarnings {

    private static final Logger LOG = Logger.getLogger(ApiTokenExpiryWarnings.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<ApiTokenExpiring> expiring;

    /** Every morning; not persistent, since a missed day is made up by the next (see the class comment). */
    @Schedule(hour = "6", minute = "15", persistent = false, info = "API token expiry warnings")
    void daily() {
        int sent = sweep();
        if (sent > 0) {
            LOG.info(() -> sent + " API token expiry warning(s) sent");
        }
    }

    /**
     * Sends the warning of each token that expires within {@link ApiToken#WARNING_LEAD}, is not revoked
     * and was not warned about yet; safe to run any number of times, on any number of servers.
     *
     * @return how many warnings this call sent
     */
    public int sweep() {
        Instant now = clock.instant();
        List<ApiToken> due = em.createNamedQuery(ApiToken.DUE_FOR_WARNING, ApiToken.class)
                .setParameter("now", now)
                .setParameter("warnFrom", now.plus(ApiToken.WARNING_LEAD))
                .getResultList();
        int sent = 0;
        for (ApiToken token : due) {
            if (claim(token, now)) {
                expiring.fire(warningOf(token));
                sent++;
            }
        }
        return sent;
    }

    private boolean claim(ApiToken token, Instant now) {
        return em.createNamedQuery(ApiToken.CLAIM_WARNING)
                        .setParameter("now", now)
                        .setParameter("id", token.id())
                        .executeUpdate()
                == 1;
    }

    private static ApiTokenExpiring warningOf(ApiToken token) {
        ApiClient client = token.client();
        return new ApiTokenExpiring(
                client.contactEmail(), client.organisationName(), token.label(), token.hint(), token.expiresAt());
    }
}
