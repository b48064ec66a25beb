package org.reviewdesk.review;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reviewdesk.configuration.Settings;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.security.Viewer;
import org.reviewdesk.validation.InvalidInput;

/**
 * The reviewer workspace's queues, a page at a time. Pages are read by keyset (after the last
 * row's sort time and ID) along the indexes of migration V4, so the hundredth page costs what
 * the first does; an offset is accepted only for a jump to an arbitrary page. Rows are read as
 * plain columns, never as whole cases with their collections.
 */
@Stateless
public class CaseQueues {

    public static final int MAX_PAGE = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /**
     * The page after {@code after} (or, without a cursor, the page starting at {@code offset}).
     */
    public QueuePage page(QueueQuery query, Viewer staff, QueueCursor after, int offset, int size) {
        requireStaff(staff);
        int limit = Math.clamp(size, 1, MAX_PAGE);
        QueueCriteria criteria = criteria(query, staff);
        boolean byDeadline = query.byDeadline();
        String key = byDeadline ? "r.documentationDueAt" : "r.submittedAt";
        boolean descending = query.newestFirst() && !byDeadline;
        StringBuilder where = new StringBuilder(criteria.where());
        Map<String, Object> parameters = new HashMap<>(criteria.parameters());
        if (after != null) {
            where.append(
                    descending
                            ? " AND (" + key + " < :afterKey OR (" + key + " = :afterKey AND r.id < :afterId))"
                            : " AND (" + key + " > :afterKey OR (" + key + " = :afterKey AND r.id > :afterId))");
            parameters.put("afterKey", after.key());
            parameters.put("afterId", after.id());
        }
        String direction = descending ? " DESC" : "";
        TypedQuery<Object[]> rows = em.createQuery(
                SUMMARY_COLUMNS + " WHERE " + where + " ORDER BY " + key + direction + ", r.id" + direction,
                Object[].class);
        parameters.forEach(rows::setParameter);
        if (after == null && offset > 0) {
            rows.setFirstResult(offset);
        }
        List<Object[]> found = rows.setMaxResults(limit + 1).getResultList();
        boolean more = found.size() > limit;
        List<Object[]> page = more ? found.subList(0, limit) : found;
        List<CaseSummary> summaries = summariesOf(page);
        QueueCursor next = more && !summaries.isEmpty() ? summaries.getLast().cursor(byDeadline) : null;
        return new QueuePage(summaries, next);
    }

    /**
     * The rows of these cases, in the order given; for lists that found the cases some other way
     * (search) and have checked the reader may see them.
     */
    public List<CaseSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CaseSummary> byId = new HashMap<>();
        for (CaseSummary summary : summariesOf(em.createQuery(SUMMARY_COLUMNS + " WHERE r.id IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList())) {
            byId.put(summary.id(), summary);
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static final String SUMMARY_COLUMNS = "SELECT r.id, r.performanceYear, r.number, r.title, r.partyName,"
            + " r.applicationType, r.identifier, r.status, r.assignedReviewer,"
            + " r.submittedAt, r.documentationDueAt, r.version, r.decision.decidedAt, r.withdrawnAt"
            + " FROM TargetedReviewRequest r";

    private List<CaseSummary> summariesOf(List<Object[]> rows) {
        Map<Long, Set<IssueType>> issueTypes =
                issueTypesOf(rows.stream().map(row -> (Long) row[0]).toList());
        List<CaseSummary> summaries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ApplicationType type = (ApplicationType) row[5];
            summaries.add(new CaseSummary(
                    (Long) row[0],
                    (Integer) row[1],
                    (Integer) row[2],
                    (String) row[3],
                    (String) row[4],
                    type,
                    (String) row[6],
                    (RequestStatus) row[7],
                    (String) row[8],
                    (Instant) row[9],
                    (Instant) row[10],
                    row[12] != null ? (Instant) row[12] : (Instant) row[13],
                    issueTypes.getOrDefault((Long) row[0], Set.of()),
                    ((Number) row[11]).longValue()));
        }
        return summaries;
    }

    /** How many cases the queue holds with these filters. */
    public long count(QueueQuery query, Viewer staff) {
        requireStaff(staff);
        QueueCriteria criteria = criteria(query, staff);
        TypedQuery<Long> count =
                em.createQuery("SELECT COUNT(r) FROM TargetedReviewRequest r WHERE " + criteria.where(), Long.class);
        criteria.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** The performance years that have cases, newest first, for the queue filter. */
    public List<Integer> years() {
        return em.createQuery(
                        "SELECT DISTINCT r.performanceYear FROM TargetedReviewRequest r ORDER BY r.performanceYear DESC",
                        Integer.class)
                .getResultList();
    }

    private QueueCriteria criteria(QueueQuery query, Viewer staff) {
        return QueueCriteria.of(query, staff, clock.instant(), settings.reviewTarget());
    }

    private Map<Long, Set<IssueType>> issueTypesOf(List<Long> ids) {
        Map<Long, Set<IssueType>> types = new HashMap<>();
        if (ids.isEmpty()) {
            return types;
        }
        for (Object[] row : em.createQuery(
                        "SELECT r.id, t FROM TargetedReviewRequest r JOIN r.issueTypes t WHERE r.id IN :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()) {
            types.computeIfAbsent((Long) row[0], id -> EnumSet.noneOf(IssueType.class))
                    .add((IssueType) row[1]);
        }
        return types;
    }

    private static void requireStaff(Viewer viewer) {
        if (!viewer.isStaff()) {
            throw new InvalidInput("Role", "Only review staff see the case queues");
        }
    }
}
