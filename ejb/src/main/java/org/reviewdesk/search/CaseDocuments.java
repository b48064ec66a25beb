package org.reviewdesk.search;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.reviewdesk.attachment.Attachment;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.attachment.ExtractedText;
import org.reviewdesk.comment.Comment;
import org.reviewdesk.comment.Comments;
import org.reviewdesk.configuration.EasternTime;
import org.reviewdesk.request.CaseHistory;
import org.reviewdesk.request.PartyIdentifier;
import org.reviewdesk.request.TargetedReviewRequest;

/**
 * Reads cases from the database, the source of truth, as the search index holds them. Only
 * submitted requests are cases: a draft is the submitter's own until it is submitted.
 */
@Stateless
public class CaseDocuments {

    @PersistenceContext
    EntityManager em;

    @EJB
    Attachments attachments;

    @EJB
    Comments comments;

    @EJB
    CaseHistory history;

    /** The case as the index should hold it, or empty when it is not (or no longer) a case. */
    public Optional<CaseDocument> of(long requestId) {
        TargetedReviewRequest request = em.find(TargetedReviewRequest.class, requestId);
        if (request == null || request.submittedAt() == null) {
            return Optional.empty();
        }
        List<CaseDocument.Part> parts = new ArrayList<>();
        for (Comment comment : comments.allOf(requestId)) {
            parts.add(new CaseDocument.Part(
                    comment.isInternalNote() ? CaseDocument.PartKind.NOTE : CaseDocument.PartKind.COMMENT,
                    comment.id(),
                    (comment.isInternalNote() ? "Internal note" : comment.parentId() == null ? "Comment" : "Reply")
                            + " by " + comment.authorName() + ", " + EasternTime.day(comment.createdAt()),
                    comment.body()));
        }
        List<Attachment> files = attachments.allOf(requestId);
        Map<Long, ExtractedText> texts =
                attachments.keptTexts(files.stream().map(Attachment::id).toList());
        for (Attachment file : files) {
            ExtractedText text = texts.get(file.id());
            parts.add(new CaseDocument.Part(
                    file.isStaffOnly() ? CaseDocument.PartKind.NOTE_FILE : CaseDocument.PartKind.FILE,
                    file.id(),
                    file.fileName(),
                    text == null ? "" : text.text()));
        }
        Map<String, String> identifiers = new LinkedHashMap<>();
        PartyIdentifier identifier = request.partyIdentifier();
        if (identifier != null) {
            identifiers.put(CaseFields.identifierField(identifier.kind()), identifier.value());
        }
        putIfPresent(identifiers, CaseFields.PRACTICE_TIN, request.practiceTin());
        List<String> names = Stream.of(request.partyName(), request.practiceName(), request.clinicianType())
                .filter(name -> name != null && !name.isBlank())
                .toList();
        String reviewer = request.assignedReviewer();
        return Optional.of(new CaseDocument(
                request.id(),
                request.performanceYear(),
                request.number(),
                request.title(),
                request.status(),
                request.applicationType(),
                identifiers,
                names,
                Set.copyOf(request.issueTypes()),
                Set.copyOf(request.categories()),
                reviewer,
                reviewer == null ? null : history.nameOf(reviewer),
                request.ownerUsername(),
                Set.copyOf(request.additionalAccess()),
                request.submittedAt(),
                request.decision() == null ? null : request.decision().decidedAt(),
                request.status().isClosed() ? null : request.documentationDueAt(),
                request.decision() == null ? null : request.decision().reason(),
                request.explanation(),
                request.decision() == null ? null : request.decision().narrative(),
                parts,
                stampsOf(List.of(requestId)).getOrDefault(requestId, "")));
    }

    /** Files of the case whose text has not been read yet. */
    public List<Long> unreadAttachments(long requestId) {
        return em.createQuery(
                        "SELECT a.id FROM Attachment a WHERE a.requestId = :id"
                                + " AND NOT EXISTS (SELECT t FROM AttachmentText t WHERE t.attachmentId = a.id) ORDER BY a.id",
                        Long.class)
                .setParameter("id", requestId)
                .getResultList();
    }

    /** The ids of all cases after {@code afterId}, in order, at most {@code limit} of them. */
    public List<Long> caseIds(long afterId, int limit) {
        return em.createQuery(
                        "SELECT r.id FROM TargetedReviewRequest r WHERE r.submittedAt IS NOT NULL AND r.id > :after ORDER BY r.id",
                        Long.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countCases() {
        return em.createQuery(
                        "SELECT COUNT(r) FROM TargetedReviewRequest r WHERE r.submittedAt IS NOT NULL", Long.class)
                .getSingleResult();
    }

    /**
     * What each case looks like now, in a few aggregate queries: its version (every change of the
     * case itself moves it) and the count and newest of its comments, files and read texts. A
     * stamp in the index that differs from this one is stale.
     *
     * @param requestIds the cases, or null for all of them
     */
    public Map<Long, String> stampsOf(Collection<Long> requestIds) {
        if (requestIds != null && requestIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> versions = new HashMap<>();
        for (Object[] row : rows(
                "SELECT r.id, r.version FROM TargetedReviewRequest r WHERE r.submittedAt IS NOT NULL",
                "r.id",
                requestIds,
                "")) {
            versions.put((Long) row[0], "v" + row[1]);
        }
        Map<Long, String> commentCounts = counts(
                "SELECT c.requestId, COUNT(c.id), MAX(c.id) FROM Comment c",
                "c.requestId",
                requestIds,
                " GROUP BY c.requestId");
        Map<Long, String> fileCounts = counts(
                "SELECT a.requestId, COUNT(a.id), MAX(a.id) FROM Attachment a",
                "a.requestId",
                requestIds,
                " GROUP BY a.requestId");
        Map<Long, String> textCounts = counts(
                "SELECT a.requestId, COUNT(t.attachmentId), MAX(t.attachmentId) FROM Attachment a, AttachmentText t"
                        + " WHERE t.attachmentId = a.id",
                "a.requestId",
                requestIds,
                " GROUP BY a.requestId");
        Map<Long, String> stamps = new HashMap<>(versions.size() * 2);
        versions.forEach((id, version) -> stamps.put(
                id,
                version + "-c" + commentCounts.getOrDefault(id, "0") + "-f" + fileCounts.getOrDefault(id, "0") + "-t"
                        + textCounts.getOrDefault(id, "0")));
        return stamps;
    }

    private Map<Long, String> counts(String select, String idColumn, Collection<Long> requestIds, String grouping) {
        Map<Long, String> counts = new HashMap<>();
        for (Object[] row : rows(select, idColumn, requestIds, grouping)) {
            counts.put((Long) row[0], row[1] + "." + row[2]);
        }
        return counts;
    }

    private List<Object[]> rows(String select, String idColumn, Collection<Long> requestIds, String grouping) {
        boolean some = requestIds != null;
        String where = some ? (select.contains(" WHERE ") ? " AND " : " WHERE ") + idColumn + " IN :ids" : "";
        TypedQuery<Object[]> query = em.createQuery(select + where + grouping, Object[].class);
        if (some) {
            query.setParameter("ids", requestIds);
        }
        return query.getResultList();
    }

    private static void putIfPresent(Map<String, String> identifiers, String field, String value) {
        if (value != null && !value.isBlank()) {
            identifiers.put(field, value);
        }
    }
}
