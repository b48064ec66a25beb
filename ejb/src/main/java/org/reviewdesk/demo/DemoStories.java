package org.reviewdesk.demo;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.comment.Comments;
import org.reviewdesk.configuration.Clocks;
import org.reviewdesk.intake.Intake;
import org.reviewdesk.intake.IntakeMessage;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.DraftChange;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.SubmissionWindow;
import org.reviewdesk.request.SubmissionWindows;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.request.TargetedReviews;
import org.reviewdesk.review.Assignments;
import org.reviewdesk.review.Decisions;
import org.reviewdesk.review.DocumentationRequests;
import org.reviewdesk.scheduling.Deadline;
import org.reviewdesk.scheduling.DeadlineReached;
import org.reviewdesk.security.DemoAccounts;
import org.reviewdesk.security.PasswordHash;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;
import org.reviewdesk.security.Viewer;
import org.reviewdesk.validation.FieldError;

/**
 * The stories of the living demo's cases ({@link DemoCases}): who filed what, with which files, what was said, asked,
 * answered, reassigned and decided, each told through the service a user's screen calls, at the moment it happened
 * ({@link Clocks#backdated}), so the audit trail, the mail and the documentation clock are those of real use.
 * <p>
 * All of it happens in one transaction: the cases are all there or none is, and a restart finds them and files no
 * second set. A fixed seed picks parties, files, times and people, so every first start tells the same stories (only
 * shifted to its own day). Two performance years: the open one (filed over the last four weeks, every status) and 2020
 * (filed in its extended window of 2021, all closed: decided, lapsed or withdrawn).
 * <p>
 * A documentation request that lapses goes the way the clock's own deadlines go: the reminder and the lapse are raised
 * as {@link DeadlineReached} at their due moments, which is what the persistent timer of each does when it fires; the
 * timers themselves are cancelled by the lapse, as after a real one. Open requests keep their real timers.
 */
@Stateless
// Only the accounts of the demo's two extra reviewers need an administrator; every other step acts as its own user.
@RunAs("ADMIN")
public class DemoStories {

    /** The fixed seed of every choice the demo makes. */
    static final long SEED = 20_211_129L;

    /** The closed performance year of the demo: its window was extended to 29 November 2021 (DESIGN §3). */
    static final int CLOSED_YEAR = 2020;

    /** The demo's reviewers beside {@code reviewer}, with the demo password like every demo account. */
    static final List<DemoAccounts.Demo> MORE_REVIEWERS = List.of(
            new DemoAccounts.Demo("reviewer2", "Jordan Reyes", "jordan.reyes@example.org", Role.REVIEWER),
            new DemoAccounts.Demo("reviewer3", "Taylor Kim", "taylor.kim@example.org", Role.REVIEWER));

    private static final Logger LOG = Logger.getLogger(DemoStories.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    UserAccounts accounts;

    @EJB
    SubmissionWindows windows;

    @EJB
    TargetedReviews reviews;

    @EJB
    Attachments attachments;

    @EJB
    Intake intake;

    @EJB
    Comments comments;

    @EJB
    Assignments assignments;

    @EJB
    DocumentationRequests documentation;

    @EJB
    Decisions decisions;

    @Inject
    Event<DeadlineReached> deadlineReached;

    @Inject
    Clock clock;

    // The state of the one telling in progress (an instance of a stateless bean serves one call at a time).
    Random random;
    private DemoContent content;
    /** The display id of the first case of the duplicate pair, once it is filed. */
    private String duplicateOf;

    Viewer supervisor;
    List<Viewer> reviewers;
    private List<Viewer> submitters;
    Instant now;
    private int told;

    /**
     * Files every demo case, unless the database has a request already (a restart, or a server in use).
     *
     * @return the ids of the cases filed, to index; empty when none was
     */
    public List<Long> tellAll() {
        now = clock.instant();
        if (em.createQuery("SELECT COUNT(r) FROM TargetedReviewRequest r", Long.class)
                        .getSingleResult()
                > 0) {
            LOG.info("Demo cases: the database has requests already, so none are added");
            return List.of();
        }
        SubmissionWindow open = windows.current(now);
        Optional<SubmissionWindow> closed = windows.of(CLOSED_YEAR);
        Instant openFrom = later(open.opensAt(), now.minus(Duration.ofDays(29)));
        long openDays = Duration.between(openFrom, now).toDays() - 1;
        if (!open.isOpenAt(now) || closed.isEmpty() || openDays < 14) {
            LOG.warning(
                    "Demo cases need the demo submission windows of a first start (an open year that opened at least two weeks"
                            + " ago, and " + CLOSED_YEAR + "); none are added");
            return List.of();
        }
        long started = System.nanoTime();
        random = new Random(SEED);
        content = new DemoContent(random);
        meetThePeople();
        List<Long> filed = new ArrayList<>();
        for (Plot plot : Plot.OPEN_YEAR) {
            filed.add(tell(plot, openFrom, openDays - plot.days));
        }
        Instant closedFrom = closed.get().opensAt().plus(Duration.ofDays(1));
        long closedDays = Duration.between(closedFrom, closed.get().closes()).toDays() - 1;
        for (Plot plot : Plot.CLOSED) {
            filed.add(tell(plot, closedFrom, closedDays));
        }
        LOG.info(() -> "Filed " + filed.size() + " demo cases (performance years " + open.performanceYear() + " and "
                + CLOSED_YEAR + ") in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return filed;
    }

    /** The demo's people: two more reviewers, and who handles which issue types (what a supervisor sets on the workload view). */
    private void meetThePeople() {
        for (DemoAccounts.Demo demo : MORE_REVIEWERS) {
            accounts.add(new UserAccount(
                    demo.username(),
                    demo.displayName(),
                    demo.email(),
                    PasswordHash.of(DemoAccounts.PASSWORD.toCharArray()),
                    Set.of(demo.role())));
        }
        supervisor = viewer("supervisor");
        reviewers = List.of(viewer("reviewer"), viewer("reviewer2"), viewer("reviewer3"));
        submitters = List.of(viewer("submitter"), viewer("submitter2"));
        // Nobody takes Extreme and Uncontrollable Circumstances automatically: those cases wait to be claimed.
        assignments.setUp(
                "reviewer",
                EnumSet.of(IssueType.SUBMISSION, IssueType.ELIGIBILITY_SPECIAL_STATUS, IssueType.GENERAL),
                true,
                supervisor);
        assignments.setUp(
                "reviewer2",
                EnumSet.of(IssueType.SUBMISSION, IssueType.MEASURE_ACTIVITY, IssueType.GENERAL),
                true,
                supervisor);
        assignments.setUp(
                "reviewer3",
                EnumSet.of(IssueType.ELIGIBILITY_SPECIAL_STATUS, IssueType.MEASURE_ACTIVITY),
                true,
                supervisor);
    }

    String viewerName(Viewer viewer) {
        return accounts.displayNameOf(viewer.username());
    }

    Viewer viewer(String username) {
        return Viewer.of(accounts.find(username)
                .orElseThrow(() -> new IllegalStateException("The demo account " + username + " is missing")));
    }

    /** One case, from its draft to where its plot ends; filed on a day among the {@code days} after {@code from}. */
    private long tell(Plot plot, Instant from, long days) {
        int n = told++;
        ApplicationType type = ApplicationType.values()[n % ApplicationType.values().length];
        Viewer owner = submitters.get(random.nextInt(4) == 0 ? 1 : 0);
        Instant filedAt = from.plus(Duration.ofDays(random.nextInt((int) Math.max(1, days))))
                .plus(Duration.ofMinutes(13 * 60 + random.nextInt(480)));
        IntakeMessage content = this.content.request(
                n, plot, type, owner, windows.current(filedAt).performanceYear(), now);
        Story story = new Story(this, plot, owner, filedAt);
        TargetedReviewRequest draft = story.at(
                -3,
                () -> reviews.startDraft(
                        owner, content.applicationType(), content.identifier(), content.title(), "type"));
        story.id = draft.id();
        if (plot == Plot.DRAFT_STARTED) {
            return story.id;
        }
        story.at(-2, () -> fillIn(story, owner, content));
        DemoFile file = pick();
        story.at(-1, () -> file.read(bytes -> attachments.attach(story.id, owner, file.name(), bytes)));
        if (plot == Plot.DRAFT_READY) {
            return story.id;
        }
        if (plot == Plot.DRAFT_WITHDRAWN) {
            story.at(0, () -> reviews.withdraw(story.id, owner));
            return story.id;
        }
        story.at(
                0,
                () -> intake.accept(IntakeMessage.fromRequest(
                        Intake.portalKey(story.id),
                        draft,
                        attachments.of(story.id, owner).stream()
                                .map(IntakeMessage.AttachmentReference::of)
                                .toList(),
                        clock.instant())));
        story.unfold(duplicateOf);
        if (plot == Plot.DUPLICATE && duplicateOf == null) {
            duplicateOf = reviews.find(story.id, supervisor).displayId();
        }
        return story.id;
    }

    /** What the timer's handler does when a deadline falls due ({@code DeadlineAttempts#run}). */
    Void fire(Deadline deadline) {
        deadlineReached.fire(new DeadlineReached(deadline, clock.instant()));
        return null;
    }

    DemoFile pick() {
        return DemoFile.FILES.get(random.nextInt(DemoFile.FILES.size()));
    }

    @SafeVarargs
    final <T> T pickOf(T... choices) {
        return content.pickOf(choices);
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    /**
     * What the owner types into the draft after step 4, saved step by step with the editor's own commands, the last
     * step being the documents. The demo's content is always valid: a refusal is a defect of the demo and stops it.
     */
    private List<FieldError> fillIn(Story story, Viewer owner, IntakeMessage content) {
        IntakeMessage.Practice practice = content.practice();
        IntakeMessage.Submitter submitter = content.submitter();
        Map<String, DraftChange> steps = new LinkedHashMap<>();
        steps.put(
                "details",
                new DraftChange.Details(
                        practice == null
                                ? null
                                : new DraftChange.PracticeChoice(practice.tin(), practice.name(), practice.notListed()),
                        content.serviceDeskTicket()));
        steps.put(
                "submitter",
                new DraftChange.Contact(
                        submitter.phone(),
                        submitter.extension(),
                        submitter.email(),
                        submitter.relationship(),
                        submitter.relationshipDescription()));
        steps.put("access", new DraftChange.Access(content.additionalAccess()));
        steps.put("categories", new DraftChange.Categories(content.categories()));
        steps.put("issue", new DraftChange.Issue(content.issueTypes(), content.explanation()));
        steps.put("documents", new DraftChange.Documents());
        List<FieldError> refused = new ArrayList<>();
        steps.forEach(
                (step, change) -> refused.addAll(reviews.saveStep(story.id, owner, story.version(), step, change)));
        if (!refused.isEmpty()) {
            throw new IllegalStateException("The demo's draft " + story.id + " was refused: " + refused);
        }
        return refused;
    }
}
