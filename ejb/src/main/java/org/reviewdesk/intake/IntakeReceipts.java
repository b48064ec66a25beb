package org.reviewdesk.intake;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** The request keys intake has already processed. */
@Stateless
public class IntakeReceipts {

    @PersistenceContext
    EntityManager em;

    /**
     * Records that the request with this key arrived and became the case {@code requestId}, in the
     * caller's transaction.
     *
     * @return false when the key was processed before, so the caller must not act on it again
     */
    public boolean recordFirstArrival(String requestKey, long requestId) {
        if (find(requestKey).isPresent()) {
            return false;
        }
        em.persist(new IntakeReceipt(requestKey, requestId, Instant.now()));
        // Flush now so that a concurrent duplicate fails on the unique key here, and its message is redelivered.
        em.flush();
        return true;
    }

    public Optional<IntakeReceipt> find(String requestKey) {
        return em.createNamedQuery(IntakeReceipt.BY_KEY, IntakeReceipt.class)
                .setParameter("key", requestKey)
                .getResultStream()
                .findFirst();
    }
}
