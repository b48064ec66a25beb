package org.reviewdesk.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.reviewdesk.configuration.EasternTime;
import org.reviewdesk.request.CaseHistory;
import org.reviewdesk.request.DecisionReason;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.review.CaseQueue;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;

/**
 * The figures of the supervisor's dashboard, each counted by the database (GROUP BY and COUNT
 * queries: no case is loaded), each number with the queue or search that lists its cases.
 * Days and weeks are Eastern days, as the search's {@code submitted:} and {@code decided:} ranges
 * read them, so a bar and the search it opens count the same cases.
 */
@Stateless
@RolesAllowed("SUPERVISOR")
public class Dashboard {

    /** How many weeks the received-and-decided chart shows, the current one included. */
    public static final int WEEKS = 12;
    /** How many denial reasons a year's chart shows, the most frequent first. */
    public static final int TOP_REASONS = 5;

    static final String UNASSIGNED = CaseHistory.UNASSIGNED;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    /** Age buckets of open cases: from this many days old, up to the next bucket. */
    private static final int[] AGE_BUCKETS = {0, 7, 28, 56, 84};

    private static final List<String> AGE_LABELS =
            List.of("Under 1 week", "1 to 4 weeks", "4 to 8 weeks", "8 to 12 weeks", "12 weeks or more");

    @PersistenceContext
    EntityManager em;

    @EJB
    UserAccounts accounts;

    @Inject
    Clock clock;

    /** Cases in review per reviewer (every enabled reviewer and supervisor, busiest first), and the unassigned ones. */
    public Figure openCasesByReviewer() {
        Map<String, Long> open = perReviewer("");
        List<FigureRow> rows = new ArrayList<>();
        Set<String> staffNames = new HashSet<>();
        for (UserAccount staff : staffByCount(open)) {
            staffNames.add(staff.username());
            rows.add(reviewerRow(staff.displayName(), staff.username(), open));
        }
        // Cases still assigned to someone who no longer reviews (a disabled account, a role taken away) are open too.
        open.keySet().stream()
                .filter(username -> username != null && !staffNames.contains(username))
                .sorted()
                .forEach(username -> rows.add(reviewerRow(accounts.displayNameOf(username), username, open)));
        rows.add(new FigureRow(
                UNASSIGNED,
                List.of(new Tally(open.getOrDefault(null, 0L), Drill.toQueue(CaseQueue.UNASSIGNED, null)))));
        return new Figure("open-by-reviewer", "Open cases per reviewer", "Reviewer", List.of("Open cases"), rows);
    }

    private static FigureRow reviewerRow(String label, String username, Map<String, Long> open) {
        return new FigureRow(
                label,
                List.of(new Tally(open.getOrDefault(username, 0L), Drill.toQueue(CaseQueue.ALL_OPEN, username))));
    }

    /** Cases in review by how long ago they were submitted, in Eastern days. */
    public Figure agingOfOpenCases() {
        LocalDate today = today();
        List<FigureRow> rows = new ArrayList<>();
        for (int bucket = 0; bucket < AGE_BUCKETS.length; bucket++) {
            LocalDate newest = today.minusDays(AGE_BUCKETS[bucket]);
            LocalDate oldest = bucket + 1 < AGE_BUCKETS.length ? today.minusDays(AGE_BUCKETS[bucket + 1] - 1L) : null;
            long count = count(
                    "r.status = :inReview AND r.submittedAt < :before"
                            + (oldest == null ? "" : " AND r.submittedAt >= :from"),
                    parameters(
                            "inReview",
                            RequestStatus.SUBMITTED_IN_REVIEW,
                            "before",
                            startOf(newest.plusDays(1)),
                            "from",
                            oldest == null ? null : startOf(oldest)));
            rows.add(new FigureRow(
                    AGE_LABELS.get(bucket),
                    List.of(new Tally(
                            count,
                            Drill.toSearch("status:submitted_in_review " + dayRange("submitted", oldest, newest))))));
        }
        return new Figure("aging", "Age of open cases", "Submitted", List.of("Open cases"), rows);
    }

    /** Requests received (submitted) and decided in each of the last {@link #WEEKS} weeks, Monday to Sunday, oldest first. */
    public Figure requestsByWeek() {
        LocalDate monday =
                today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1L);
        List<FigureRow> rows = new ArrayList<>();
        for (int week = 0; week < WEEKS; week++, monday = monday.plusWeeks(1)) {
            LocalDate sunday = monday.plusDays(6);
            Map<String, Object> span = parameters("from", startOf(monday), "before", startOf(monday.plusWeeks(1)));
            long received = count("r.submittedAt >= :from AND r.submittedAt < :before", span);
            long decided = count("r.decision.decidedAt >= :from AND r.decision.decidedAt < :before", span);
            rows.add(new FigureRow(
                    "Week of " + EasternTime.shortDay(monday),
                    List.of(
                            new Tally(received, Drill.toSearch(dayRange("submitted", monday, sunday))),
                            new Tally(decided, Drill.toSearch(dayRange("decided", monday, sunday))))));
        }
        return new Figure(
                "by-week", "Requests received and decided per week", "Week", List.of("Received", "Decided"), rows);
    }

    /** Approved, denied and withdrawn cases per performance year, newest year first. */
    public Figure outcomesByYear() {
        List<RequestStatus> outcomes = List.of(RequestStatus.APPROVED, RequestStatus.DENIED, RequestStatus.WITHDRAWN);
        Map<Integer, Map<RequestStatus, Long>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (Object[] row : em.createQuery(
                        "SELECT r.performanceYear, r.status, COUNT(r) FROM TargetedReviewRequest r"
                                + " WHERE r.status IN :outcomes AND r.submittedAt IS NOT NULL GROUP BY r.performanceYear, r.status",
                        Object[].class)
                .setParameter("outcomes", outcomes)
                .getResultList()) {
            byYear.computeIfAbsent((Integer) row[0], year -> new HashMap<>())
                    .put((RequestStatus) row[1], (Long) row[2]);
        }
        List<FigureRow> rows = new ArrayList<>();
        byYear.forEach((year, counts) -> rows.add(new FigureRow(
                "PY" + year,
                outcomes.stream()
                        .map(outcome -> new Tally(
                                counts.getOrDefault(outcome, 0L),
                                Drill.toSearch("year:" + year + " status:"
                                        + outcome.name().toLowerCase(Locale.ROOT))))
                        .toList())));
        return new Figure(
                "outcomes",
                "Outcomes per performance year",
                "Year",
                outcomes.stream().map(RequestStatus::label).toList(),
                rows);
    }

    /** The performance years that have a decided or withdrawn case, newest first. */
    public List<Integer> yearsWithOutcomes() {
        return em.createQuery(
                        "SELECT DISTINCT r.performanceYear FROM TargetedReviewRequest r WHERE r.status IN :outcomes"
                                + " ORDER BY r.performanceYear DESC",
                        Integer.class)
                .setParameter(
                        "outcomes", EnumSet.of(RequestStatus.APPROVED, RequestStatus.DENIED, RequestStatus.WITHDRAWN))
                .getResultList();
    }

    /** The {@link #TOP_REASONS} most frequent reasons of the year's denials, most frequent first. */
    public Figure topDenialReasons(int year) {
        List<FigureRow> rows = new ArrayList<>();
        for (Object[] row : em.createQuery(
                        "SELECT r.decision.reason, COUNT(r) AS denials FROM TargetedReviewRequest r"
                                + " WHERE r.status = :denied AND r.performanceYear = :year GROUP BY r.decision.reason"
                                + " ORDER BY denials DESC, r.decision.reason",
                        Object[].class)
                .setParameter("denied", RequestStatus.DENIED)
                .setParameter("year", year)
                .setMaxResults(TOP_REASONS)
                .getResultList()) {
            DecisionReason reason = (DecisionReason) row[0];
            rows.add(new FigureRow(
                    reason.label(),
                    List.of(new Tally(
                            (Long) row[1],
                            Drill.toSearch("year:" + year + " status:denied reason:"
                                    + reason.name().toLowerCase(Locale.ROOT))))));
        }
        return new Figure(
                "denial-reasons-" + year, "Top denial reasons, PY" + year, "Reason", List.of("Denied cases"), rows);
    }

    /**
     * Open documentation requests per reviewer: still waiting within their 30 days, and past their
     * due time (normally lapsed within minutes by the deadline timer). Reviewers without any are left out.
     */
    public Figure documentationRequests() {
        Instant now = clock.instant();
        Map<String, Long> waiting = perReviewer(" AND r.documentationDueAt >= :now", "now", now);
        Map<String, Long> overdue = perReviewer(" AND r.documentationDueAt < :now", "now", now);
        List<FigureRow> rows = new ArrayList<>();
        for (UserAccount staff : accounts.reviewStaff()) {
            addDocumentationRow(rows, staff.displayName(), staff.username(), waiting, overdue);
        }
        addDocumentationRow(rows, UNASSIGNED, null, waiting, overdue);
        return new Figure(
                "documentation",
                "Documentation requests waiting and overdue",
                "Reviewer",
                List.of("Waiting", "Overdue"),
                rows);
    }

    private static void addDocumentationRow(
            List<FigureRow> rows, String label, String username, Map<String, Long> waiting, Map<String, Long> overdue) {
        long waitingCount = waiting.getOrDefault(username, 0L);
        long overdueCount = overdue.getOrDefault(username, 0L);
        if (waitingCount + overdueCount > 0) {
            // The waiting queue lists both, by deadline: the overdue ones first.
            Drill queue = Drill.toQueue(CaseQueue.WAITING_ON_SUBMITTER, username);
            rows.add(new FigureRow(label, List.of(new Tally(waitingCount, queue), new Tally(overdueCount, queue))));
        }
    }

    private List<UserAccount> staffByCount(Map<String, Long> counts) {
        List<UserAccount> staff = new ArrayList<>(accounts.reviewStaff());
        staff.sort(Comparator.comparing((UserAccount account) -> counts.getOrDefault(account.username(), 0L))
                .reversed()
                .thenComparing(UserAccount::displayName));
        return staff;
    }

    /** Cases in review per assigned reviewer (null: unassigned), with this extra condition. */
    private Map<String, Long> perReviewer(String condition, Object... nameValues) {
        TypedQuery<Object[]> query = em.createQuery(
                        "SELECT r.assignedReviewer, COUNT(r) FROM TargetedReviewRequest r"
                                + " WHERE r.status = :inReview" + condition + " GROUP BY r.assignedReviewer",
                        Object[].class)
                .setParameter("inReview", RequestStatus.SUBMITTED_IN_REVIEW);
        parameters(nameValues).forEach(query::setParameter);
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    private long count(String where, Map<String, Object> parameters) {
        TypedQuery<Long> count =
                em.createQuery("SELECT COUNT(r) FROM TargetedReviewRequest r WHERE " + where, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** Name-value pairs; a null value is left out (the query does not use it). */
    private static Map<String, Object> parameters(Object... nameValues) {
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            if (nameValues[i + 1] != null) {
                parameters.put((String) nameValues[i], nameValues[i + 1]);
            }
        }
        return parameters;
    }

    private LocalDate today() {
        return EasternTime.dayOf(clock.instant());
    }

    private static Instant startOf(LocalDate day) {
        return EasternTime.startOf(day);
    }

    /** The search's day range, both days included; a missing first day leaves the range open. */
    private static String dayRange(String field, LocalDate first, LocalDate last) {
        return field + ":[" + (first == null ? "*" : DAY.format(first)) + " TO " + DAY.format(last) + "]";
    }
}
