package org.reviewdesk.request;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.reviewdesk.security.UserAccounts;
import org.reviewdesk.security.Viewer;

/**
 * The audit trail of every case: each service that acts on a case records here, in its own
 * transaction, who did what. Only review staff read it.
 */
@Stateless
public class CaseHistory {

    /** The actor of what Review Desk does by itself, such as a lapsed documentation request. */
    public static final String SYSTEM = "system";

    /** What every screen, export and figure shows for the reviewer of a case nobody is assigned to. */
    public static final String UNASSIGNED = "Unassigned";

    @PersistenceContext
    EntityManager em;

    @EJB
    UserAccounts accounts;

    @Inject
    Clock clock;

    @Inject
    Event<CaseActivity> activity;

    /** An action that left the case itself as it was, such as a comment. */
    public void record(long requestId, String actor, CaseAction action, String details) {
        em.persist(new CaseEvent(requestId, clock.instant(), actor, nameOf(actor), action, details, null, null, null));
        activity.fire(new CaseActivity(requestId, action));
    }

    /**
     * An action that changed the case: {@code seenVersion} is the version the actor acted on,
     * {@code statusBefore} its status before (the status after is the case's own).
     */
    public void recordChange(
            TargetedReviewRequest request,
            long seenVersion,
            RequestStatus statusBefore,
            String actor,
            CaseAction action,
            String details) {
        em.persist(new CaseEvent(
                request.id(),
                clock.instant(),
                actor,
                nameOf(actor),
                action,
                details,
                statusBefore,
                request.status(),
                seenVersion));
        activity.fire(new CaseActivity(request.id(), action));
    }

    /** The whole trail of a case, oldest first; for review staff only. */
    public List<CaseEvent> of(long requestId, Viewer staff) {
        requireStaff(staff, requestId);
        return em.createQuery(
                        "SELECT e FROM CaseEvent e WHERE e.requestId = :id ORDER BY e.occurredAt, e.id",
                        CaseEvent.class)
                .setParameter("id", requestId)
                .getResultList();
    }

    /** The changes to the case made at or after the version someone saw, oldest first. */
    public List<CaseEvent> changesSince(long requestId, long seenVersion) {
        return em.createQuery(
                        "SELECT e FROM CaseEvent e WHERE e.requestId = :id AND e.caseVersion >= :version"
                                + " ORDER BY e.occurredAt, e.id",
                        CaseEvent.class)
                .setParameter("id", requestId)
                .setParameter("version", seenVersion)
                .getResultList();
    }

    /** A user's display name; for the system or an API client, what stands for them. */
    public String nameOf(String actor) {
        if (SYSTEM.equals(actor)) {
            return "Review Desk";
        }
        return accounts.displayNameOf(actor);
    }

    /** The reviewer of a case as every screen names them: their display name, or {@link #UNASSIGNED}. */
    public String reviewerName(String assignedReviewer) {
        return assignedReviewer == null ? UNASSIGNED : nameOf(assignedReviewer);
    }

    private static void requireStaff(Viewer viewer, long requestId) {
        if (!viewer.isStaff()) {
            throw new RequestNotFound(requestId);
        }
    }
}
