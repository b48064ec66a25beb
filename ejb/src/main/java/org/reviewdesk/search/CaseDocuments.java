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

    private static final String BATCH = "eclipselink.batch";
    private static final String BATCH_TYPE = "eclipselink.batch.type";

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
        return Optional.ofNullable(ofAll(List.of(requestId)).get(requestId));
    }

    /**
     * These cases as the index should hold them, read together in a handful of queries however many they are (the
     * rebuild reads its batches so); a request that is not (or no longer) a case is absent.
     */
    public Map<Long, CaseDocument> ofAll(Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        List<TargetedReviewRequest> requests = em.createQuery(
                        "SELECT r FROM TargetedReviewRequest r WHERE r.id IN :ids AND r.submittedAt IS NOT NULL",
                        TargetedReviewRequest.class)
                .setParameter("ids", requestIds)
                // The element collections of all of them in one query each, not three queries per case (EclipseLink's
                // batch reading; each "eclipselink.batch" hint adds one).
                .setHint(BATCH_TYPE, "IN")
                .setHint(BATCH, "r.issueTypes")
                .setHint(BATCH, "r.categories")
                .setHint(BATCH, "r.additionalAccess")
                .getResultList();
        List<Long> cases = requests.stream().map(TargetedReviewRequest::id).toList();
        Map<Long, List<Comment>> conversations = comments.allOf(cases);
        Map<Long, List<Attachment>> files = attachments.allOf(cases);
        Map<Long, ExtractedText> texts = attachments.keptTexts(files.values().stream()
                .flatMap(List::stream)
                .map(Attachment::id)
                .toList());
        Map<Long, String> stamps = stampsOf(cases);
        Map<String, String> reviewerNames = new HashMap<>();
        Map<Long, CaseDocument> documents = new HashMap<>();
        for (TargetedReviewRequest request : requests) {
            List<CaseDocument.Part> parts = new ArrayList<>();
            conversations.getOrDefault(request.id(), List.of()).forEach(comment -> parts.add(partOf(comment)));
            files.getOrDefault(request.id(), List.of()).forEach(file -> parts.add(partOf(file, texts.get(file.id()))));
            String reviewer = request.assignedReviewer();
            String reviewerName = reviewer == null ? null : reviewerNames.computeIfAbsent(reviewer, history::nameOf);
            documents.put(
                    request.id(), documentOf(request, parts, reviewerName, stamps.getOrDefault(request.id(), "")));
        }
        return documents;
    }

    private static CaseDocument.Part partOf(Comment comment) {
        return new CaseDocument.Part(
                comment.isInternalNote() ? CaseDocument.PartKind.NOTE : CaseDocument.PartKind.COMMENT,
                comment.id(),
                (comment.isInternalNote() ? "Internal note" : comment.parentId() == null ? "Comment" : "Reply") + " by "
                        + comment.authorName() + ", " + EasternTime.day(comment.createdAt()),
                comment.body());
    }

    private static CaseDocument.Part partOf(Attachment file, ExtractedText text) {
        return new CaseDocument.Part(
                file.isStaffOnly() ? CaseDocument.PartKind.NOTE_FILE : CaseDocument.PartKind.FILE,
                file.id(),
                file.fileName(),
                text == null ? "" : text.text());
    }

    private static CaseDocument documentOf(
            TargetedReviewRequest request, List<CaseDocument.Part> parts, String reviewerName, String stamp) {
        Map<String, String> identifiers = new LinkedHashMap<>();
        PartyIdentifier identifier = request.partyIdentifier();
        if (identifier != null) {
            identifiers.put(CaseFields.identifierField(identifier.kind()), identifier.value());
        }
        putIfPresent(identifiers, CaseFields.PRACTICE_TIN, request.practiceTin());
        List<String> names = Stream.of(request.partyName(), request.practiceName(), request.clinicianType())
                .filter(name -> name != null && !name.isBlank())
                .toList();
        return new CaseDocument(
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
                request.assignedReviewer(),
                reviewerName,
                request.ownerUsername(),
                Set.copyOf(request.additionalAccess()),
                request.submittedAt(),
                request.decision() == null ? null : request.decision().decidedAt(),
                request.status().isClosed() ? null : request.documentationDueAt(),
                request.decision() == null ? null : request.decision().reason(),
                request.explanation(),
                request.decision() == null ? null : request.decision().narrative(),
                parts,
                stamp);
    }

    /** Files of these cases whose text has not been read yet. */
    public Map<Long, List<Long>> unreadAttachments(Collection<Long> requestIds) {
        Map<Long, List<Long>> unread = new LinkedHashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT a.requestId, a.id FROM Attachment a WHERE a.requestId IN :ids"
                                + " AND NOT EXISTS (SELECT t FROM AttachmentText t WHERE t.attachmentId = a.id) ORDER BY a.id",
                        Object[].class)
                .setParameter("ids", requestIds)
                .getResultList()) {
            unread.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((Long) row[1]);
        }
        return unread;
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
