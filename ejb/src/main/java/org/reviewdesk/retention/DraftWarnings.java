package org.reviewdesk.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.reviewdesk.request.SubmissionWindow;
import org.reviewdesk.request.SubmissionWindows;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;

/**
 * Warns the owner of an abandoned draft that it will be purged: the warning is recorded and the mail queued
 * in one transaction of its own, so a warning exists exactly when its mail was sent.
 */
@Stateless
@RolesAllowed("ADMIN")
public class DraftWarnings {

    @PersistenceContext
    EntityManager em;

    @EJB
    SubmissionWindows windows;

    @EJB
    UserAccounts accounts;

    @Inject
    Event<DraftPurgeWarned> warned;

    /**
     * Warns the draft's owner, replacing a warning the draft's owner voided by saving it since.
     *
     * @return false when the draft changed since the plan saw it (it is no longer abandoned) or is gone
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean warn(long requestId, long seenVersion, Instant now) {
        TargetedReviewRequest draft = em.find(TargetedReviewRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (draft == null || draft.version() != seenVersion || !draft.status().isDraft()) {
            return false;
        }
        String address =
                accounts.find(draft.ownerUsername()).map(UserAccount::email).orElse(draft.contactEmail());
        if (address == null || address.isBlank()) {
            throw new IllegalStateException(
                    "its owner " + draft.ownerUsername() + " has no e-mail address to warn; it is kept");
        }
        SubmissionWindow window = windows.of(draft.performanceYear())
                .orElseThrow(() ->
                        new IllegalStateException("its year " + draft.performanceYear() + " has no submission window"));
        DraftWarning voided = em.find(DraftWarning.class, requestId);
        if (voided != null) {
            em.remove(voided);
            em.flush();
        }
        DraftWarning warning = new DraftWarning(requestId, now, address);
        em.persist(warning);
        long keptForDays = Duration.between(window.opensAt(), window.closes()).toDays();
        warned.fire(new DraftPurgeWarned(address, draft, window.closes(), warning.purgeDay(), keptForDays));
        return true;
    }
}
