package org.reviewdesk.it;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.attachment.PendingFile;
import org.reviewdesk.comment.Comments;
import org.reviewdesk.intake.Intake;
import org.reviewdesk.intake.IntakeMessage;
import org.reviewdesk.request.DecisionReason;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.request.SubmissionWindows;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.request.TargetedReviews;
import org.reviewdesk.review.Assignments;
import org.reviewdesk.review.Decisions;
import org.reviewdesk.review.DocumentationRequests;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.Viewer;

/**
 * Test-only endpoint of the scale benchmark's corpus builder (never shipped: {@link TestDeployments#withIntakeProbe()}
 * adds it to the test deployment). It files many generated cases per transaction through the domain services a user's
 * actions go through (intake's filing, assignment, documentation requests, decisions, withdrawal, comments and notes,
 * files on comments), instead of one intake message per case, so that 100,000 cases can be built in minutes. Every
 * service fires what it fires in production: the index queue hears of every case and reads its files, the mail queue
 * sends its e-mails.
 * <ul>
 *   <li>{@code POST cases?prefix=P&from=F&count=C&seed=S}: files cases {@code P:F} … {@code P:F+C-1} in one
 *       transaction and takes each to the status its seed gives it.</li>
 *   <li>{@code POST files?prefix=P&dir=D&from=F&count=C}: those of the cases that have a file in {@code D} (named
 *       {@code <sequence>-<anything>}, written by the test JVM beside this server) get it on a comment, all in one
 *       transaction.</li>
 *   <li>{@code GET texts?prefix=P}: the corpus's files, and how many of them have been read for search.</li>
 * </ul>
 */
@WebServlet(urlPatterns = CorpusProbe.PATH + "/*")
// Opening the previous performance year's window is a supervisor's (SubmissionWindows).
@RunAs("SUPERVISOR")
public class CorpusProbe extends HttpServlet {

    public static final String PATH = "/test-probe/corpus";

    /** Who works the corpus's cases: the demo's reviewer, who claims them, and its supervisor. */
    private static final Viewer REVIEWER = new Viewer("reviewer", "riley.reviewer@example.org", Set.of(Role.REVIEWER));

    private static final Viewer SUPERVISOR =
            new Viewer("supervisor", "morgan.supervisor@example.org", Set.of(Role.SUPERVISOR));

    private static final String WINDOW_REASON = "Scale benchmark corpus: its second performance year";

    @EJB
    public Intake intake;

    @EJB
    public SubmissionWindows windows;

    @EJB
    public TargetedReviews reviews;

    @EJB
    public Assignments assignments;

    @EJB
    public DocumentationRequests documentation;

    @EJB
    public Decisions decisions;

    @EJB
    public Comments comments;

    @EJB
    public Attachments attachments;

    @PersistenceContext
    public EntityManager em;

    @Resource
    public UserTransaction transaction;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String prefix = ProbeAccess.prefixOrRefused(request, response);
        if (prefix == null) {
            return;
        }
        Map<String, Object> answer = switch (ProbeAccess.action(request)) {
            case "POST /cases" ->
                cases(
                        prefix,
                        number(request, "from"),
                        number(request, "count"),
                        Long.parseLong(request.getParameter("seed")));
            case "POST /files" ->
                files(prefix, Path.of(request.getParameter("dir")), number(request, "from"), number(request, "count"));
            case "GET /texts" -> texts(prefix);
            default -> null;
        };
        ProbeAccess.answer(response, answer);
    }

    private static int number(HttpServletRequest request, String name) {
        return Integer.parseInt(request.getParameter(name));
    }

    /**
     * Files the cases in one transaction, half of them in the current performance year and half in the one before
     * (whose window is opened for the corpus if it is missing), and takes each where its seed says.
     */
    private Map<String, Object> cases(String prefix, int from, int count, long seed) {
        int current = windows.current(Instant.now()).performanceYear();
        inTransaction(() -> {
            if (windows.of(current - 1).isEmpty()) {
                // Opened yesterday, so it is open now whatever the hour of its opening day.
                windows.create(current - 1, LocalDate.now(Clock.systemUTC()).minusDays(1), null, WINDOW_REASON);
            }
            for (int sequence = from; sequence < from + count; sequence++) {
                SyntheticText text = new SyntheticText(seed * 1_000_003L + sequence);
                int year = current - sequence % 2;
                long filed = fileAndWork(prefix, sequence, year, text);
                // A spread of ages: up to four months in the current year, sixteen in the one before.
                age(filed, text.between(0, year == current ? 120 : 480));
                // The case is written: let the persistence context forget it. Every query of the services flushes,
                // and without weaving each flush compares every entity the context holds, so a context that kept
                // the batch's cases made a batch's cost grow with the square of its size.
                em.flush();
                em.clear();
            }
        });
        return Map.of("filed", count);
    }

    /** Files the case and takes it where {@code text}, its seeded source of text and chance, says; its id. */
    private long fileAndWork(String prefix, int sequence, int year, SyntheticText text) {
        IntakeMessage message = generated(prefix, sequence, year, text);
        intake.accept(message);
        TargetedReviewRequest filed = caseOf(message.requestKey());
        Viewer owner = new Viewer(filed.ownerUsername(), null, Set.of(Role.SUBMITTER));
        if (text.between(0, 1) == 0) {
            comments.post(filed.id(), owner, text.words(text.between(20, 60)));
        }
        int fate = text.between(0, 99);
        if (fate >= 90) {
            reviews.withdraw(filed.id(), owner);
        } else if (fate >= 15) {
            work(filed, fate, text);
        }
        // Fewer than 15 in 100 cases are left as intake filed them: submitted, waiting in the queue.
        return filed.id();
    }

    /** The reviewer claims the case, writes a note, and asks for documentation or decides ({@code fate} 15 to 89). */
    private void work(TargetedReviewRequest filed, int fate, SyntheticText text) {
        TargetedReviewRequest claimed =
                filed.assignedReviewer() == null ? assignments.claim(filed.id(), REVIEWER, filed.version()) : filed;
        Viewer worker = claimed.isAssignedTo(REVIEWER.username())
                ? REVIEWER
                : new Viewer(claimed.assignedReviewer(), null, Set.of(Role.REVIEWER));
        comments.postInternalNote(claimed.id(), worker, text.words(text.between(15, 50)));
        em.flush(); // the note's change to the case, so its version is the one the next action must name
        if (fate < 40) {
            return;
        }
        if (fate < 55) {
            documentation.ask(claimed.id(), worker, claimed.version(), text.words(text.between(8, 20)));
            return;
        }
        RequestStatus outcome = fate < 75 ? RequestStatus.APPROVED : RequestStatus.DENIED;
        List<DecisionReason> reasons = Stream.of(DecisionReason.values())
                .filter(reason -> reason.outcome() == outcome)
                .toList();
        decisions.decide(
                claimed.id(),
                worker,
                claimed.version(),
                reasons.get(text.between(0, reasons.size() - 1)),
                text.words(text.between(20, 60)));
    }

    /**
     * Moves the case's filing {@code days} back, so queues and searches meet a spread of ages. Only time would do this
     * otherwise; the index reads it from the database after the commit, as it reads everything else.
     */
    private void age(long requestId, int days) {
        java.sql.Timestamp then = java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(days)));
        em.flush();
        em.createNativeQuery("UPDATE review_request SET created_at = ?, submitted_at = ? WHERE id = ?")
                .setParameter(1, then)
                .setParameter(2, then)
                .setParameter(3, requestId)
                .executeUpdate();
    }

    /** A group request of one to two issue types and one to three categories, with an explanation of 40 to 120 words. */
    private static IntakeMessage generated(String prefix, int sequence, int year, SyntheticText text) {
        IssueType[] issues = IssueType.values();
        PerformanceCategory[] categories = PerformanceCategory.values();
        String key = IntakeProbe.requestKey(prefix, sequence);
        return TestRequests.group(
                key,
                key,
                year,
                String.format("%09d", 100_000_000 + (sequence * 7_919L) % 899_999_999),
                EnumSet.of(issues[sequence % issues.length], issues[text.between(0, issues.length - 1)]),
                EnumSet.of(
                        categories[sequence % categories.length], categories[text.between(0, categories.length - 1)]),
                text.words(text.between(40, 120)));
    }

    /**
     * The cases with a file in {@code dir} get it, in one transaction: on a comment of their submitter while they are
     * in review, on a supervisor's internal note once they are closed.
     */
    private Map<String, Object> files(String prefix, Path dir, int from, int count) {
        int[] posted = {0};
        inTransaction(() -> {
            for (int sequence = from; sequence < from + count; sequence++) {
                Path file = fileOf(dir, sequence);
                if (file == null) {
                    continue;
                }
                TargetedReviewRequest filed = caseOf(IntakeProbe.requestKey(prefix, sequence));
                // A case in review hears from its submitter; a closed one takes no more comments, and the file is
                // what a supervisor received by other means and keeps on an internal note.
                boolean inReview = filed.status() == RequestStatus.SUBMITTED_IN_REVIEW;
                Viewer poster = inReview ? new Viewer(filed.ownerUsername(), null, Set.of(Role.SUBMITTER)) : SUPERVISOR;
                PendingFile pending;
                try (InputStream content = Files.newInputStream(file)) {
                    pending = attachments.upload(
                            poster.username(), file.getFileName().toString(), content);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                comments.post(
                        filed.id(),
                        null,
                        poster,
                        inReview ? "The file with our evidence." : "Evidence received by mail, kept here.",
                        !inReview,
                        List.of(pending));
                posted[0]++;
                em.flush(); // and forget, as for the cases
                em.clear();
            }
        });
        return Map.of("posted", posted[0]);
    }

    /** The file the test JVM wrote for case {@code sequence}: {@code <sequence>-<name>}, or null when it has none. */
    private static Path fileOf(Path dir, int sequence) {
        try (Stream<Path> files = Files.list(dir.resolve(CorpusProbe.folderOf(sequence)))) {
            String start = sequence + "-";
            return files.filter(file -> file.getFileName().toString().startsWith(start))
                    .findFirst()
                    .orElse(null);
        } catch (java.nio.file.NoSuchFileException none) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder of the corpus directory that holds case {@code sequence}'s file: a thousand cases a folder. */
    public static String folderOf(int sequence) {
        return Integer.toString(sequence / 1_000);
    }

    /** The files of the corpus's cases (whoever posted them), and how many have been read for search, by outcome. */
    private Map<String, Object> texts(String prefix) {
        String keys = prefix + ":%";
        Number files = (Number) em.createNativeQuery("SELECT COUNT(*) FROM attachment a"
                        + " JOIN review_request r ON r.id = a.request_id WHERE r.owner_username LIKE ?")
                .setParameter(1, keys)
                .getSingleResult();
        List<?> read = em.createNativeQuery("SELECT t.outcome, COUNT(*) FROM attachment_text t"
                        + " JOIN attachment a ON a.id = t.attachment_id JOIN review_request r ON r.id = a.request_id"
                        + " WHERE r.owner_username LIKE ? GROUP BY t.outcome")
                .setParameter(1, keys)
                .getResultList();
        StringBuilder outcomes = new StringBuilder();
        long total = 0;
        for (Object row : read) {
            Object[] columns = (Object[]) row;
            long rows = ((Number) columns[1]).longValue();
            total += rows;
            outcomes.append(outcomes.isEmpty() ? "" : " ")
                    .append(columns[0])
                    .append(':')
                    .append(rows);
        }
        return Map.of("files", files.longValue(), "read", total, "outcomes", outcomes.toString());
    }

    private TargetedReviewRequest caseOf(String requestKey) {
        return em.createQuery(
                        "SELECT r FROM TargetedReviewRequest r WHERE r.ownerUsername = :key",
                        TargetedReviewRequest.class)
                .setParameter("key", requestKey)
                .getSingleResult();
    }

    private void inTransaction(Runnable work) {
        ProbeAccess.inTransaction(transaction, work);
    }
}
