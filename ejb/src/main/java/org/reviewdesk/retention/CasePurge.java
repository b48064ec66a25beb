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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.search.IndexQueue;

/**
 * Purges one case in one transaction: everything the database holds about it goes, a tombstone stays, and
 * its index entry is dropped by a message sent in the same transaction, and its mail leaves the mail log, as do the
 * uploads its files came from. All or nothing: a failure rolls it
 * all back and the case is whole. Its files' bytes are removed from disk by the caller after the commit (a
 * file system takes no part in a transaction), and only the files no other attachment or pending upload
 * shares: the store is content-addressed.
 */
@Stateless
@RolesAllowed("ADMIN")
public class CasePurge {

    /** Tables about a case, children before parents (foreign keys), each deleted by the case's ID. */
    private static final List<String> DELETES = List.of(
            "DELETE FROM attachment_text WHERE attachment_id IN (SELECT id FROM attachment WHERE request_id = ?1)",
            "DELETE FROM attachment WHERE request_id = ?1",
            "UPDATE request_comment SET parent_id = NULL WHERE request_id = ?1",
            "DELETE FROM request_comment WHERE request_id = ?1",
            "DELETE FROM documentation_request WHERE request_id = ?1",
            "DELETE FROM case_event WHERE request_id = ?1",
            "DELETE FROM reply_token WHERE request_id = ?1",
            "DELETE FROM case_reading WHERE request_id = ?1",
            "DELETE FROM draft_purge_warning WHERE request_id = ?1",
            // The request key stays known, so a redelivered intake message never files the case again.
            "UPDATE intake_receipt SET request_id = NULL WHERE request_id = ?1");

    @PersistenceContext
    EntityManager em;

    @EJB
    IndexQueue indexQueue;

    @Inject
    Event<CasePurging> purging;

    /** A purged case: its tombstone and the files whose bytes nothing else uses any more. */
    public record Purged(CaseTombstone tombstone, List<String> unusedFiles) {}

    /**
     * Purges the case if, checked again under a lock, it still may be: it exists, is not on hold and
     * {@code stillDue} holds for it (a draft touched meanwhile is not purged).
     *
     * @return empty when the case was left alone for one of those reasons
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Purged> purge(
            long requestId,
            CaseTombstone.Rule rule,
            LocalDate purgeDay,
            long runId,
            Instant now,
            java.util.function.Predicate<TargetedReviewRequest> stillDue) {
        TargetedReviewRequest request = em.find(TargetedReviewRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || em.find(LegalHold.class, requestId) != null || !stillDue.test(request)) {
            return Optional.empty();
        }
        List<String> files = em.createQuery(
                        "SELECT DISTINCT a.sha256 FROM Attachment a WHERE a.requestId = :id", String.class)
                .setParameter("id", requestId)
                .getResultList();
        forgetUploadsOf(request, files);
        // Queued mail about it is then never sent (the dispatcher finds no row), and sent mail is forgotten with the
        // case.
        purging.fire(new CasePurging(requestId));
        for (String delete : DELETES) {
            em.createNativeQuery(delete).setParameter(1, requestId).executeUpdate();
        }
        CaseTombstone tombstone = new CaseTombstone(
                requestId, request.performanceYear(), request.number(), request.status(), purgeDay, rule, now, runId);
        em.remove(request);
        em.persist(tombstone);
        em.flush();
        indexQueue.requestUpdate(requestId);
        return Optional.of(new Purged(
                tombstone, files.stream().filter(sha256 -> !stillUsed(sha256)).toList()));
    }

    /**
     * An upload stays a pending file after it is attached (an API client may name it again): those of the case's
     * files, kept by the people who attached them to it, go with the case, so their bytes are not held back.
     */
    private void forgetUploadsOf(TargetedReviewRequest request, List<String> files) {
        if (files.isEmpty()) {
            return;
        }
        List<String> uploaders = new java.util.ArrayList<>(
                em.createQuery("SELECT DISTINCT a.uploadedBy FROM Attachment a WHERE a.requestId = :id", String.class)
                        .setParameter("id", request.id())
                        .getResultList());
        uploaders.add(request.ownerUsername());
        em.createQuery("DELETE FROM PendingFile p WHERE p.sha256 IN :files AND p.ownerUsername IN :uploaders")
                .setParameter("files", files)
                .setParameter("uploaders", uploaders)
                .executeUpdate();
    }

    private boolean stillUsed(String sha256) {
        long attachments = em.createQuery("SELECT COUNT(a) FROM Attachment a WHERE a.sha256 = :sha", Long.class)
                .setParameter("sha", sha256)
                .getSingleResult();
        long pending = em.createQuery("SELECT COUNT(p) FROM PendingFile p WHERE p.sha256 = :sha", Long.class)
                .setParameter("sha", sha256)
                .getSingleResult();
        return attachments + pending > 0;
    }
}
