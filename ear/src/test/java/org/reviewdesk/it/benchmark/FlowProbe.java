package org.reviewdesk.it.benchmark;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.reviewdesk.caseview.CaseView;
import org.reviewdesk.comment.Comments;
import org.reviewdesk.configuration.Settings;
import org.reviewdesk.intake.IntakeMessage;
import org.reviewdesk.it.IntakeProbe;
import org.reviewdesk.it.ProbeAccess;
import org.reviewdesk.it.TestRequests;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.SubmissionWindows;
import org.reviewdesk.review.CaseQueue;
import org.reviewdesk.review.CaseQueues;
import org.reviewdesk.review.CaseSummary;
import org.reviewdesk.review.QueueCursor;
import org.reviewdesk.review.QueueQuery;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.UserAccounts;
import org.reviewdesk.security.Viewer;

/**
 * Test-only endpoint of the scale benchmark's flow figures ({@link FlowFigures}): times, in the server, what a queue
 * page view and a case page view ask of the services, beside the same queries run alone by JDBC on the same
 * datasource, and feeds the raw intake consumer ({@link RawIntakeConsumer}).
 * <ul>
 *   <li>{@code GET queue?viewer=reviewer|supervisor&deep=D&warm=W&repeats=R}: for every tab, page 1 and page D
 *       (or the last page the tab has), W unmeasured and R measured page views, each beside its keyset query run by
 *       JDBC; also the tab's counts by JDBC, and whether the JDBC query found the very rows and count the service
 *       did.</li>
 *   <li>{@code GET case?cases=C&warm=W}: C case page views as a supervisor, each beside its queries by JDBC.</li>
 *   <li>{@code POST raw-enqueue?prefix=P&from=F&count=C}, {@code GET raw-progress?prefix=P}: the same requests as
 *       {@code IntakeProbe}'s enqueue, on the raw consumer's queue, and what it filed of them.</li>
 *   <li>{@code POST raw-clean?prefix=P}: deletes what the raw consumer wrote for P, so the corpus is as built.</li>
 * </ul>
 * Times are microseconds, comma-separated; answers are {@code name=value} lines.
 */
@WebServlet(urlPatterns = FlowProbe.PATH + "/*")
@RunAs("ADMIN")
public class FlowProbe extends HttpServlet {

    public static final String PATH = "/test-probe/flow";

    /** The queue screen's page size (reviewer/home.xhtml, {@code rows="25"}). */
    static final int PAGE = 25;

    private static final Viewer SUPERVISOR =
            new Viewer("supervisor", "morgan.supervisor@example.org", Set.of(Role.SUPERVISOR));

    @EJB
    CaseQueues queues;

    @EJB
    UserAccounts accounts;

    @EJB
    CaseView caseView;

    @EJB
    Comments comments;

    @EJB
    SubmissionWindows windows;

    @Inject
    Settings settings;

    @Inject
    JMSContext jms;

    @Resource(lookup = RawIntakeConsumer.QUEUE)
    Queue rawQueue;

    @Resource(lookup = "java:jboss/datasources/ReviewDeskDS")
    DataSource database;

    @Resource
    UserTransaction transaction;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (ProbeAccess.refusedUnlessLoopback(request, response)) {
            return;
        }
        Map<String, Object> answer;
        try {
            answer = switch (ProbeAccess.action(request)) {
                case "GET /queue" ->
                    queueTimings(
                            "reviewer".equals(request.getParameter("viewer")) ? busiestReviewer() : SUPERVISOR,
                            number(request, "deep"),
                            number(request, "warm"),
                            number(request, "repeats"));
                case "GET /case" -> caseTimings(number(request, "cases"), number(request, "warm"));
                case "POST /raw-enqueue" ->
                    rawEnqueue(prefixOf(request), number(request, "from"), number(request, "count"));
                case "GET /raw-progress" -> rawProgress(prefixOf(request));
                case "POST /raw-clean" -> rawClean(prefixOf(request));
                default -> null;
            };
        } catch (SQLException e) {
            throw new IllegalStateException("The flow probe's JDBC query failed", e);
        }
        ProbeAccess.answer(response, answer);
    }

    private static int number(HttpServletRequest request, String name) {
        return Integer.parseInt(request.getParameter(name));
    }

    private static String prefixOf(HttpServletRequest request) {
        String prefix = request.getParameter("prefix");
        if (prefix == null || !prefix.matches("[A-Za-z0-9.-]{1,40}")) {
            throw new IllegalArgumentException("prefix: 1 to 40 of A-Z a-z 0-9 . -");
        }
        return prefix;
    }

    // ---- the queue page

    /** The reviewer with the most open cases: the one whose queues are the longest. */
    private Viewer busiestReviewer() throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT assigned_reviewer FROM review_request"
                        + " WHERE status = 'SUBMITTED_IN_REVIEW' AND assigned_reviewer IS NOT NULL"
                        + " GROUP BY assigned_reviewer ORDER BY COUNT(*) DESC, assigned_reviewer LIMIT 1");
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("No reviewer has an open case: the corpus has no assigned case");
            }
            return new Viewer(row.getString(1), null, Set.of(Role.REVIEWER));
        }
    }

    private Map<String, Object> queueTimings(Viewer staff, int deep, int warm, int repeats) throws SQLException {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("viewer", staff.username());
        for (CaseQueue tab : CaseQueue.values()) {
            QueueQuery query = QueueQuery.of(tab);
            int deepPage = 1;
            QueueCursor deepCursor = null;
            for (QueueCursor next = queues.page(query, staff, null, 0, PAGE).next();
                    next != null && deepPage < deep;
                    next = queues.page(query, staff, next, 0, PAGE).next()) {
                deepCursor = next;
                deepPage++;
            }
            String name = tab.name();
            answer.put(name + ".deepPage", deepPage);
            timeTab(answer, name + ".first", staff, query, null, warm, repeats);
            timeTab(answer, name + ".deep", staff, query, deepCursor, warm, repeats);
            try (Connection connection = database.getConnection()) {
                QueueSql sql = QueueSql.of(tab, staff, settings.reviewTarget());
                answer.put(name + ".count", sql.count(connection));
                answer.put(name + ".sameCount", sql.count(connection) == queues.count(query, staff));
                answer.put(name + ".rawCounts.micros", times(warm, repeats, () -> allCounts(connection, staff)));
            }
        }
        return answer;
    }

    private void timeTab(
            Map<String, Object> answer,
            String name,
            Viewer staff,
            QueueQuery query,
            QueueCursor after,
            int warm,
            int repeats)
            throws SQLException {
        answer.put(name + ".micros", times(warm, repeats, () -> pageView(staff, query, after)));
        try (Connection connection = database.getConnection()) {
            QueueSql sql = QueueSql.of(query.queue(), staff, settings.reviewTarget());
            answer.put(name + ".raw.micros", times(warm, repeats, () -> sql.page(connection, after, PAGE)));
            List<Long> service = queues.page(query, staff, after, 0, PAGE).rows().stream()
                    .map(CaseSummary::id)
                    .toList();
            List<Long> raw = sql.page(connection, after, PAGE);
            answer.put(name + ".rows", service.size());
            answer.put(name + ".sameRows", service.equals(raw.subList(0, Math.min(raw.size(), PAGE))));
        }
    }

    /**
     * What the queue screen asks of the services for one page (QueueScreen and CaseQueueModel): the reviewers' names,
     * the years of the filter, the six tabs' counts, the shown tab's count for the paginator, and the page.
     */
    private int pageView(Viewer staff, QueueQuery query, QueueCursor after) {
        int work = accounts.reviewStaff().size() + queues.years().size();
        for (CaseQueue tab : CaseQueue.values()) {
            work += (int) queues.count(QueueQuery.of(tab), staff);
        }
        work += (int) queues.count(query, staff);
        return work + queues.page(query, staff, after, 0, PAGE).rows().size();
    }

    private int allCounts(Connection connection, Viewer staff) {
        int work = 0;
        for (CaseQueue tab : CaseQueue.values()) {
            work += (int) QueueSql.of(tab, staff, settings.reviewTarget()).count(connection);
        }
        return work;
    }

    // ---- the case page

    private Map<String, Object> caseTimings(int cases, int warm) throws SQLException {
        List<Long> ids = sampleOfCases(cases + warm);
        List<Long> micros = new ArrayList<>();
        List<Long> rawMicros = new ArrayList<>();
        long rows = 0;
        long rawRows = 0;
        try (Connection connection = database.getConnection()) {
            for (int i = 0; i < ids.size(); i++) {
                long id = ids.get(i);
                long started = System.nanoTime();
                rows += casePageView(id);
                long between = System.nanoTime();
                rawRows += CaseSql.readAll(connection, id);
                long ended = System.nanoTime();
                if (i >= warm) {
                    micros.add((between - started) / 1_000);
                    rawMicros.add((ended - between) / 1_000);
                }
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("micros", joined(micros));
        answer.put("raw.micros", joined(rawMicros));
        answer.put("cases", micros.size());
        answer.put("rows", rows);
        answer.put("rawRows", rawRows);
        return answer;
    }

    /**
     * What the case page asks of the services (CasePage.open and its conversation): the case with its files,
     * documentation requests, trail, possible duplicates and similar cases; the thread; what in it is new to the viewer;
     * and the note that they read it now.
     */
    private long casePageView(long id) {
        var shown = caseView.of(id, SUPERVISOR);
        long rows = 1L
                + shown.files().size()
                + shown.trail().size()
                + shown.documentation().size()
                + shown.duplicates().size()
                + shown.similar().size();
        rows += comments.thread(id, SUPERVISOR).size();
        rows += comments.newTo(id, SUPERVISOR).size();
        comments.markRead(id, SUPERVISOR);
        return rows;
    }

    /** Submitted cases spread evenly over the corpus, those with comments first (they have files and threads). */
    private List<Long> sampleOfCases(int wanted) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT r.id FROM review_request r"
                        + " WHERE r.submitted_at IS NOT NULL ORDER BY"
                        + " CASE WHEN EXISTS (SELECT 1 FROM request_comment c WHERE c.request_id = r.id) THEN 0 ELSE 1 END,"
                        + " MOD(r.id * 7919, 1000003)");
                ResultSet rows = select.executeQuery()) {
            List<Long> ids = new ArrayList<>();
            while (rows.next() && ids.size() < wanted) {
                ids.add(rows.getLong(1));
            }
            return ids;
        }
    }

    // ---- intake beside the raw consumer

    private Map<String, Object> rawEnqueue(String prefix, int from, int count) {
        int year = windows.current(Instant.now()).performanceYear();
        ProbeAccess.inTransaction(transaction, () -> {
            for (int sequence = from; sequence < from + count; sequence++) {
                String key = IntakeProbe.requestKey(prefix, sequence);
                IntakeMessage message = TestRequests.individual(key, key, year, IssueType.SUBMISSION);
                jms.createProducer().send(rawQueue, message.toJson());
            }
        });
        return Map.of("enqueued", count);
    }

    private Map<String, Object> rawProgress(String prefix) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT COUNT(*), MAX(received_at) FROM intake_receipt WHERE request_key LIKE ?")) {
            select.setString(1, prefix + ":%");
            try (ResultSet row = select.executeQuery()) {
                row.next();
                Object last = row.getObject(2, java.time.OffsetDateTime.class);
                return Map.of("cases", row.getLong(1), "lastFiledAt", last == null ? "" : last.toString());
            }
        }
    }

    private Map<String, Object> rawClean(String prefix) throws SQLException {
        String ofPrefix = " WHERE request_id IN (SELECT id FROM review_request WHERE owner_username LIKE ?)";
        int deleted = 0;
        try (Connection connection = database.getConnection()) {
            for (String table :
                    List.of("request_issue_type", "request_category", "intake_receipt", "case_event", "mail_log")) {
                deleted += CaseSql.update(connection, "DELETE FROM " + table + ofPrefix, prefix + ":%");
            }
            deleted +=
                    CaseSql.update(connection, "DELETE FROM review_request WHERE owner_username LIKE ?", prefix + ":%");
        }
        return Map.of("deleted", deleted);
    }

    // ---- timing

    /** Runs {@code work} {@code warm} times unmeasured, then {@code repeats} times measured; the times, joined. */
    private static String times(int warm, int repeats, Supplier<?> work) {
        List<Long> micros = new ArrayList<>(repeats);
        for (int i = 0; i < warm + repeats; i++) {
            long started = System.nanoTime();
            work.get();
            if (i >= warm) {
                micros.add((System.nanoTime() - started) / 1_000);
            }
        }
        return joined(micros);
    }

    private static String joined(List<Long> micros) {
        return String.join(",", micros.stream().map(String::valueOf).toList());
    }
}
