package org.reviewdesk.it;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.management.ObjectName;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.attachment.PendingFile;
import org.reviewdesk.comment.Comments;
import org.reviewdesk.intake.IntakeMessage;
import org.reviewdesk.intake.IntakeQueue;
import org.reviewdesk.operations.DeadLetterQueue;
import org.reviewdesk.operations.DeadLetters;
import org.reviewdesk.request.CaseAction;
import org.reviewdesk.request.CaseEvent;
import org.reviewdesk.request.CaseHistory;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;
import org.reviewdesk.request.SubmissionWindows;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.review.DocumentationRequest;
import org.reviewdesk.review.DocumentationRequests;
import org.reviewdesk.scheduling.Deadlines;
import org.reviewdesk.search.CaseIndexing;
import org.reviewdesk.search.CaseSearch;
import org.reviewdesk.search.IndexCheck;
import org.reviewdesk.search.IndexRebuild;
import org.reviewdesk.search.SearchRequest;
import org.reviewdesk.search.SearchResults;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.Viewer;

/**
 * Test-only endpoint of the reliability tests (never shipped: {@link TestDeployments#withIntakeProbe()} adds it
 * to the test deployment). It lets a test outside the server, which may kill the server at any moment, fill the
 * intake queue the way a sender's system does and then count what became of each message.
 * <ul>
 *   <li>{@code POST enqueue?prefix=P&from=F&count=C}: sends requests {@code P:F} to {@code P:F+C-1} in one
 *       transaction, so a batch is on the queue entirely or not at all.</li>
 *   <li>{@code GET progress?prefix=P}: cases filed for P, the time the last one was filed, and the queue depths;
 *       cheap enough to poll.</li>
 *   <li>{@code GET audit?prefix=P}: progress plus every inconsistency between keys, receipts and cases.</li>
 * </ul>
 * Each request's key is also its {@code certification.certifiedBy}, which intake makes the owner of the case
 * it creates: the owner is written with the case's first insert and never changes, so every case names the
 * one message it came from, and a key with two cases shows up as two cases with the same owner.
 * Answers are {@code name=value} lines ({@link java.util.Properties}), so the test needs no JSON library.
 */
@WebServlet(urlPatterns = IntakeProbe.PATH + "/*")
// It lists dead letters, checks and rebuilds the index: administrators' services.
@RunAs("ADMIN")
public class IntakeProbe extends HttpServlet {

    private static final Viewer SUPERVISOR =
            new Viewer("supervisor", "morgan.supervisor@example.org", Set.of(Role.SUPERVISOR));
    private static final Viewer ADMIN = new Viewer("admin", "alex.admin@example.org", Set.of(Role.ADMIN));

    public static final String PATH = "/test-probe/intake";

    /** A clinician of the demo reference data, so every case goes through the name look-up a real one does. */
    private static final int REPORTED_EXAMPLES = 10;

    @EJB
    public IntakeQueue intake;

    @EJB
    public SubmissionWindows windows;

    @EJB
    public DeadLetters deadLetters;

    @EJB
    public DocumentationRequests documentation;

    @EJB
    public Comments comments;

    @EJB
    public CaseHistory history;

    @EJB
    public Deadlines deadlines;

    @EJB
    public Attachments attachments;

    @EJB
    public CaseSearch search;

    @EJB
    public CaseIndexing indexing;

    @EJB
    public IndexRebuild rebuild;

    @PersistenceUnit
    public EntityManagerFactory persistence;

    @Resource
    public UserTransaction transaction;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String prefix = ProbeAccess.prefixOrRefused(request, response);
        if (prefix == null) {
            return;
        }
        Map<String, Object> answer = switch (ProbeAccess.action(request)) {
            case "POST /enqueue" ->
                enqueue(
                        prefix,
                        Integer.parseInt(request.getParameter("from")),
                        Integer.parseInt(request.getParameter("count")));
            case "GET /progress" -> progress(prefix);
            case "GET /audit" -> audit(prefix);
            case "POST /ask" -> askForDocumentation(prefix, Integer.parseInt(request.getParameter("sequence")));
            case "POST /answer" -> answerAsSubmitter(prefix, Integer.parseInt(request.getParameter("sequence")));
            case "GET /clock" -> clock(prefix, Integer.parseInt(request.getParameter("sequence")));
            case "POST /generate" ->
                generate(
                        prefix,
                        Integer.parseInt(request.getParameter("from")),
                        Integer.parseInt(request.getParameter("count")));
            case "POST /converse" ->
                converse(
                        prefix,
                        Integer.parseInt(request.getParameter("from")),
                        Integer.parseInt(request.getParameter("count")));
            case "GET /index-check" -> indexCheck();
            case "POST /search-timings" ->
                searchTimings(request.getReader()
                        .lines()
                        .filter(line -> !line.isBlank())
                        .toList());
            case "POST /rebuild" -> Map.of("total", rebuild.start(ADMIN).total());
            case "GET /rebuild" -> rebuildProgress();
            default -> null;
        };
        ProbeAccess.answer(response, answer);
    }

    /** A supervisor (who may act on any case) asks the submitter of request {@code prefix:sequence} for documentation. */
    private Map<String, Object> askForDocumentation(String prefix, int sequence) {
        TargetedReviewRequest filed = caseOf(prefix, sequence);
        DocumentationRequest asked = documentation.ask(
                filed.id(), SUPERVISOR, filed.version(), "The QRDA file of " + requestKey(prefix, sequence));
        return Map.of("documentationRequest", asked.id(), "dueAt", asked.dueAt());
    }

    /** The submitter of request {@code prefix:sequence} answers with a comment. */
    private Map<String, Object> answerAsSubmitter(String prefix, int sequence) {
        TargetedReviewRequest filed = caseOf(prefix, sequence);
        comments.post(
                filed.id(),
                new Viewer(filed.ownerUsername(), null, Set.of(Role.SUBMITTER)),
                "Here is the file you asked for.");
        return Map.of("answered", filed.id());
    }

    /** Where the case of request {@code prefix:sequence} and its documentation clock stand. */
    private Map<String, Object> clock(String prefix, int sequence) {
        TargetedReviewRequest filed = caseOf(prefix, sequence);
        Map<String, Object> answer = new HashMap<>();
        answer.put("displayId", filed.displayId());
        answer.put("status", filed.status());
        answer.put("reason", filed.decision() == null ? "" : filed.decision().reason());
        List<DocumentationRequest> asked = documentation.of(filed.id(), SUPERVISOR);
        answer.put("documentation", asked.isEmpty() ? "" : asked.getFirst().state());
        List<CaseAction> actions = history.of(filed.id(), SUPERVISOR).stream()
                .map(CaseEvent::action)
                .toList();
        for (CaseAction action :
                List.of(CaseAction.DOCUMENTATION_REMINDED, CaseAction.DOCUMENTATION_LAPSED, CaseAction.DECIDED)) {
            answer.put(action.name(), actions.stream().filter(action::equals).count());
        }
        answer.put(
                "pendingDeadlines",
                asked.isEmpty()
                        ? 0
                        : deadlines.pending().stream()
                                .filter(deadline -> deadline.subject()
                                        .equals(String.valueOf(asked.getFirst().id())))
                                .count());
        return answer;
    }

    /**
     * Puts generated group requests {@code prefix:from} … on the intake queue, committed together: each with its own TIN,
     * one or two issue types, one to three categories and an explanation of 40 to 120 words of {@link SyntheticText}.
     */
    private Map<String, Object> generate(String prefix, int from, int count) {
        int year = windows.current(Instant.now()).performanceYear();
        IssueType[] issues = IssueType.values();
        PerformanceCategory[] categories = PerformanceCategory.values();
        inTransaction(() -> {
            for (int sequence = from; sequence < from + count; sequence++) {
                SyntheticText text = new SyntheticText(sequence);
                Set<IssueType> issueTypes =
                        EnumSet.of(issues[sequence % issues.length], issues[text.between(0, issues.length - 1)]);
                Set<PerformanceCategory> affected = EnumSet.of(
                        categories[sequence % categories.length],
                        categories[text.between(0, categories.length - 1)],
                        categories[text.between(0, categories.length - 1)]);
                String tin = String.format("%09d", 100_000_000 + (sequence * 7_919L) % 899_999_999);
                IntakeMessage message = TestRequests.group(
                        requestKey(prefix, sequence),
                        requestKey(prefix, sequence),
                        year,
                        tin,
                        issueTypes,
                        affected,
                        text.words(text.between(40, 120)));
                intake.submit(message.requestKey(), message.toJson());
            }
        });
        return Map.of("enqueued", count);
    }

    /** The submitters of every third generated case from {@code from} write a comment of 20 to 60 words with a text file of 300 to 800. */
    private Map<String, Object> converse(String prefix, int from, int count) {
        int written = 0;
        for (int sequence = from; sequence < from + count; sequence++) {
            if (sequence % 3 != 0) {
                continue;
            }
            TargetedReviewRequest filed = caseOf(prefix, sequence);
            Viewer owner = new Viewer(filed.ownerUsername(), null, Set.of(Role.SUBMITTER));
            SyntheticText text = new SyntheticText(-sequence);
            PendingFile file = attachments.upload(
                    owner.username(),
                    "evidence-" + sequence + ".txt",
                    new ByteArrayInputStream(text.words(text.between(300, 800)).getBytes(StandardCharsets.UTF_8)));
            comments.post(filed.id(), null, owner, text.words(text.between(20, 60)), false, List.of(file));
            written++;
        }
        return Map.of("comments", written);
    }

    private Map<String, Object> indexCheck() {
        IndexCheck check = indexing.check();
        return Map.of(
                "consistent",
                check.isConsistent(),
                "cases",
                check.cases(),
                "entries",
                check.entries(),
                "problems",
                check.problems());
    }

    /** Runs each query as a supervisor (first page of 20, facets, passages, rows from the database) and times it in the server. */
    private Map<String, Object> searchTimings(List<String> queries) {
        StringBuilder micros = new StringBuilder();
        long hits = 0;
        for (String query : queries) {
            long started = System.nanoTime();
            SearchResults results = search.search(SearchRequest.of(query), SUPERVISOR);
            long took = (System.nanoTime() - started) / 1_000;
            hits += results.total();
            micros.append(micros.isEmpty() ? "" : ",").append(took);
        }
        return Map.of("micros", micros.toString(), "hits", hits);
    }

    private Map<String, Object> rebuildProgress() {
        IndexRebuild.RebuildProgress progress = rebuild.progress();
        return Map.of(
                "running",
                progress.running(),
                "done",
                progress.done(),
                "total",
                progress.total(),
                "startedAt",
                String.valueOf(progress.startedAt()),
                "finishedAt",
                String.valueOf(progress.finishedAt()),
                "problem",
                String.valueOf(progress.problem()));
    }

    private void inTransaction(Runnable work) {
        ProbeAccess.inTransaction(transaction, work);
    }

    private TargetedReviewRequest caseOf(String prefix, int sequence) {
        EntityManager em = persistence.createEntityManager();
        try {
            return em.createQuery(
                            "SELECT r FROM TargetedReviewRequest r WHERE r.ownerUsername = :key",
                            TargetedReviewRequest.class)
                    .setParameter("key", requestKey(prefix, sequence))
                    .getSingleResult();
        } finally {
            em.close();
        }
    }

    public static String requestKey(String prefix, int sequence) {
        return prefix + ":" + String.format("%06d", sequence);
    }

    private Map<String, Object> enqueue(String prefix, int from, int count) {
        int year = windows.current(Instant.now()).performanceYear();
        inTransaction(() -> {
            for (int sequence = from; sequence < from + count; sequence++) {
                IntakeMessage message = TestRequests.individual(
                        requestKey(prefix, sequence), requestKey(prefix, sequence), year, IssueType.SUBMISSION);
                intake.submit(message.requestKey(), message.toJson());
            }
        });
        return Map.of("enqueued", count);
    }

    private Map<String, Object> progress(String prefix) {
        Map<String, Object> answer = new HashMap<>();
        EntityManager em = persistence.createEntityManager();
        try {
            answer.put(
                    "cases",
                    em.createQuery(
                                    "SELECT COUNT(r) FROM TargetedReviewRequest r WHERE r.ownerUsername LIKE :keys",
                                    Long.class)
                            .setParameter("keys", prefix + ":%")
                            .getSingleResult());
            // The receipt is written in the case's transaction, just before it commits: the time a case was filed.
            List<Instant> lastFiled = em.createQuery(
                            "SELECT k.receivedAt FROM IntakeReceipt k WHERE k.requestKey LIKE :keys ORDER BY k.receivedAt DESC",
                            Instant.class)
                    .setParameter("keys", prefix + ":%")
                    .setMaxResults(1)
                    .getResultList();
            answer.put("lastFiledAt", lastFiled.isEmpty() ? "" : lastFiled.getFirst());
        } finally {
            em.close();
        }
        answer.put("intakeQueue", messageCount("IntakeQueue"));
        answer.put("intakeDeadLetterQueue", messageCount("IntakeDLQ"));
        answer.put("mailQueue", messageCount("MailQueue"));
        answer.put("inDoubtBrokerTransactions", preparedBeforeThisStart());
        return answer;
    }

    private Map<String, Object> audit(String prefix) {
        Map<String, Object> answer = progress(prefix);
        EntityManager em = persistence.createEntityManager();
        try {
            List<String> caseOwners = em.createQuery(
                            "SELECT r.ownerUsername FROM TargetedReviewRequest r WHERE r.ownerUsername LIKE :keys",
                            String.class)
                    .setParameter("keys", prefix + ":%")
                    .getResultList();
            List<String> receiptKeys = em.createQuery(
                            "SELECT k.requestKey FROM IntakeReceipt k WHERE k.requestKey LIKE :keys", String.class)
                    .setParameter("keys", prefix + ":%")
                    .getResultList();

            Map<String, Integer> casesPerKey = new HashMap<>();
            caseOwners.forEach(owner -> casesPerKey.merge(owner, 1, Integer::sum));
            Set<String> keysWithSeveralCases = new TreeSet<>();
            casesPerKey.forEach((key, cases) -> {
                if (cases > 1) {
                    keysWithSeveralCases.add(key);
                }
            });
            Set<String> receiptsWithoutCase = new TreeSet<>(receiptKeys);
            receiptsWithoutCase.removeAll(casesPerKey.keySet());
            Set<String> casesWithoutReceipt = new TreeSet<>(casesPerKey.keySet());
            receiptKeys.forEach(casesWithoutReceipt::remove);

            answer.put("distinctKeysWithCase", casesPerKey.size());
            answer.put("receipts", receiptKeys.size());
            answer.put("keysWithSeveralCases", keysWithSeveralCases.size());
            answer.put("keysWithSeveralCasesExamples", examples(keysWithSeveralCases));
            answer.put("receiptsWithoutCase", receiptsWithoutCase.size());
            answer.put("receiptsWithoutCaseExamples", examples(receiptsWithoutCase));
            answer.put("casesWithoutReceipt", casesWithoutReceipt.size());
            answer.put("casesWithoutReceiptExamples", examples(casesWithoutReceipt));
        } finally {
            em.close();
        }
        // The application's own view of the dead letters, as the administrator's screen shows them.
        answer.put("intakeDeadLetters", deadLetters.list(DeadLetterQueue.INTAKE).size());
        return answer;
    }

    private static String examples(Set<String> keys) {
        return String.join(" ", keys.stream().limit(REPORTED_EXAMPLES).toList());
    }

    /**
     * Broker transactions that were prepared before this server started and are not decided yet: those a crash left
     * in doubt, which the transaction manager's recovery has still to settle (docs/reliability.md); their messages
     * are held until then. Transactions prepared since the start are the ordinary two-phase commits in flight and
     * are not counted. -1 when the broker's answer cannot be read.
     */
    private static int preparedBeforeThisStart() {
        try {
            Object[] prepared = (Object[]) ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("jboss.as:subsystem=messaging-activemq,server=default"),
                            "listPreparedTransactions",
                            new Object[0],
                            new String[0]);
            // Each entry starts with the time it was prepared, in the broker's format: "11/23/26, 9:17:49 PM base64:
            // ...".
            java.text.DateFormat brokerTime =
                    java.text.DateFormat.getDateTimeInstance(java.text.DateFormat.SHORT, java.text.DateFormat.MEDIUM);
            long started = ManagementFactory.getRuntimeMXBean().getStartTime();
            int inDoubt = 0;
            for (Object entry : prepared) {
                java.util.Date preparedAt = brokerTime.parse(entry.toString(), new java.text.ParsePosition(0));
                if (preparedAt == null) {
                    return -1;
                }
                if (preparedAt.getTime() < started) {
                    inDoubt++;
                }
            }
            return inDoubt;
        } catch (Exception e) {
            return -1;
        }
    }

    /**
     * Messages on a queue as the broker counts them: waiting, scheduled for redelivery, and being delivered
     * (a message is still counted while the transaction that consumes it has not committed).
     */
    private static long messageCount(String queue) {
        try {
            Object count = ManagementFactory.getPlatformMBeanServer()
                    .getAttribute(
                            new ObjectName("jboss.as:subsystem=messaging-activemq,server=default,jms-queue=" + queue),
                            "messageCount");
            return ((Number) count).longValue();
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the message count of " + queue, e);
        }
    }
}
