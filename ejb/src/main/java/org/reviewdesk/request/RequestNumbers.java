package org.reviewdesk.request;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Hands out the sequential number of a request within its performance year. The year's
 * counter row is locked until the caller's transaction ends, so two requests never share a
 * number and a rolled-back request gives its number back.
 */
@Stateless
public class RequestNumbers {

    @PersistenceContext
    EntityManager em;

    public int next(int performanceYear) {
        RequestCounter counter = em.find(RequestCounter.class, performanceYear, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new RequestCounter(performanceYear);
            em.persist(counter);
        }
        return counter.advance();
    }
}
