package org.reviewdesk.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The record of purge runs and the tombstones they left: the retention audit log. */
@Stateless
public class RetentionLog {

    @PersistenceContext
    EntityManager em;

    /** Records a run as started, in a transaction of its own, so a run the server stops in is still seen. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long started(String startedBy, LocalDate day, Instant at) {
        RetentionRun run = new RetentionRun(startedBy, day, at);
        em.persist(run);
        em.flush();
        return run.id();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RetentionRun finished(long runId, RetentionRun.Counts counts, Instant at) {
        RetentionRun run = em.find(RetentionRun.class, runId);
        run.finished(counts, at);
        return run;
    }

    /** The latest runs, newest first. */
    @RolesAllowed("ADMIN")
    public List<RetentionRun> latestRuns(int howMany) {
        return em.createNamedQuery(RetentionRun.LATEST, RetentionRun.class)
                .setMaxResults(howMany)
                .getResultList();
    }

    /** What a run purged: one tombstone per case or draft. */
    @RolesAllowed("ADMIN")
    public List<CaseTombstone> tombstonesOf(long runId) {
        return em.createNamedQuery(CaseTombstone.OF_RUN, CaseTombstone.class)
                .setParameter("run", runId)
                .getResultList();
    }

    /** The tombstone of a purged case, if it was purged. */
    @RolesAllowed("ADMIN")
    public java.util.Optional<CaseTombstone> tombstoneOf(long requestId) {
        return java.util.Optional.ofNullable(em.find(CaseTombstone.class, requestId));
    }
}
