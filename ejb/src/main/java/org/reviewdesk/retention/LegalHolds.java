package org.reviewdesk.retention;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.reviewdesk.request.CaseAction;
import org.reviewdesk.request.CaseHistory;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.validation.InvalidInput;

/**
 * Legal holds: an administrator stops the purge of one case, with a reason, and releases it, with a reason;
 * both go into the case's audit trail. The acting administrator is the container's caller.
 */
@Stateless
public class LegalHolds {

    /** The field a screen asks the case in. */
    public static final String CASE = "Case";

    @PersistenceContext
    EntityManager em;

    @EJB
    CaseHistory history;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @RolesAllowed("ADMIN")
    public LegalHold place(long requestId, String reason) {
        TargetedReviewRequest request = caseOf(requestId);
        if (em.find(LegalHold.class, requestId) != null) {
            throw new InvalidInput(
                    CASE, request.displayId() + " is already on legal hold; release it first to change the reason");
        }
        LegalHold hold = new LegalHold(requestId, reason, caller(), clock.instant());
        em.persist(hold);
        history.record(requestId, caller(), CaseAction.HOLD_PLACED, hold.reason());
        return hold;
    }

    @RolesAllowed("ADMIN")
    public void release(long requestId, String reason) {
        TargetedReviewRequest request = caseOf(requestId);
        LegalHold hold = em.find(LegalHold.class, requestId);
        if (hold == null) {
            throw new InvalidInput(CASE, request.displayId() + " is not on legal hold");
        }
        String why = LegalHold.requiredReason(reason);
        em.remove(hold);
        history.record(requestId, caller(), CaseAction.HOLD_RELEASED, why);
    }

    /** The hold in force on a case the caller was already allowed to read, if any. */
    public Optional<LegalHold> of(long requestId) {
        return Optional.ofNullable(em.find(LegalHold.class, requestId));
    }

    /** Every hold in force, newest first. */
    @RolesAllowed("ADMIN")
    public List<LegalHold> all() {
        return em.createNamedQuery(LegalHold.ALL, LegalHold.class).getResultList();
    }

    /** The case to hold, locked so a purge running now either sees the hold or has already removed the case. */
    private TargetedReviewRequest caseOf(long requestId) {
        TargetedReviewRequest request = em.find(TargetedReviewRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || !request.isFiled()) {
            throw new InvalidInput(
                    CASE,
                    "There is no case " + requestId
                            + "; it may have been purged. Enter the case's ID from its page address");
        }
        return request;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
