package org.reviewdesk.demo;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.attachment.PendingFile;
import org.reviewdesk.comment.Comment;
import org.reviewdesk.comment.Comments;
import org.reviewdesk.configuration.Clocks;
import org.reviewdesk.intake.Intake;
import org.reviewdesk.intake.IntakeMessage;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.DecisionReason;
import org.reviewdesk.request.IdentifierKind;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;
import org.reviewdesk.request.Relationship;
import org.reviewdesk.request.SubmissionWindow;
import org.reviewdesk.request.SubmissionWindows;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.request.TargetedReviews;
import org.reviewdesk.review.Assignments;
import org.reviewdesk.review.Decisions;
import org.reviewdesk.review.DocumentationRequest;
import org.reviewdesk.review.DocumentationRequests;
import org.reviewdesk.scheduling.Deadline;
import org.reviewdesk.scheduling.DeadlineReached;
import org.reviewdesk.security.DemoAccounts;
import org.reviewdesk.security.PasswordHash;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;
import org.reviewdesk.security.Viewer;

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

    /** The demo's files (resources under {@code demo/attachments/}, SOURCES.txt there), with the name a submitter gives each. */
    private static final List<DemoFile> FILES = List.of(
            new DemoFile("testPDF.pdf", "Letter from our practice manager.pdf"),
            new DemoFile("testWORD.docx", "Explanation of the scoring error.docx"),
            new DemoFile("footnotes.docx", "Clinician attestation.docx"),
            new DemoFile("testEXCEL.xlsx", "Measure performance worksheet.xlsx"),
            new DemoFile("testRTF.rtf", "Hardship notice.rtf"),
            new DemoFile("testPPT.pptx", "Registry submission timeline.pptx"),
            new DemoFile("App1-Indv-QRDA-III.xml", "QRDA III report - individual.xml"),
            new DemoFile("demo-mips-virtual-group.xml", "QRDA III report - virtual group.xml"));

    private static final List<String> NPIS = List.of(
            "1158813992",
            "2869879736",
            "1091141709",
            "2753645565",
            "1815188440",
            "2729405573",
            "1616987164",
            "2897684694",
            "1788093205",
            "2819672736");
    /** A practice each clinician of {@link #NPIS} billed under, from the demo reference data. */
    private static final List<String> PRACTICE_OF_NPI = List.of(
            "123459403",
            "234567891",
            "345678912",
            "456789123",
            "567891234",
            "678912345",
            "123459403",
            "234567891",
            "345678912",
            "456789123");

    private static final List<String> TINS =
            List.of("123459403", "234567891", "345678912", "456789123", "567891234", "678912345");
    private static final List<String> PRACTICE_NAMES = List.of(
            "Pfeffer Group",
            "Riverside Family Medicine",
            "Lakeshore Cardiology Associates",
            "Northgate Physical Therapy",
            "Summit Behavioral Health",
            "Cedar Valley Speech Clinic");
    private static final List<String> VIRTUAL_GROUPS = List.of("VG202500", "VG202507", "VG202514");
    private static final List<String> APM_ENTITIES =
            List.of("AR0437", "AR0847", "AR1052", "AR2386", "AR2409", "AR2574");
    /** The demo's parties by the kind of identifier they are known by. */
    private static final Map<IdentifierKind, List<String>> PARTIES = new EnumMap<>(Map.of(
            IdentifierKind.NPI, NPIS,
            IdentifierKind.TIN, TINS,
            IdentifierKind.VIRTUAL_GROUP_ID, VIRTUAL_GROUPS,
            IdentifierKind.APM_ENTITY_ID, APM_ENTITIES));

    /** What happens to a case; {@link #days} is how long its story takes after filing. */
    enum Plot {
        DRAFT_STARTED(0),
        DRAFT_READY(0),
        DRAFT_WITHDRAWN(1),
        WAITING(0),
        CLAIMED(2),
        CONVERSATION(4),
        ASKED(3),
        ANSWERED(6),
        REASSIGNED(4),
        DUPLICATE(2),
        APPROVED(10),
        DENIED(8),
        LAPSED(45),
        WITHDRAWN(3);

        final int days;

        Plot(int days) {
            this.days = days;
        }
    }

    /** The plots of the open year, then of {@link #CLOSED_YEAR}: 44 and 16 cases. */
    static final List<Plot> OPEN_YEAR = plots(
            Plot.DRAFT_STARTED,
            6,
            Plot.DRAFT_READY,
            4,
            Plot.DRAFT_WITHDRAWN,
            1,
            Plot.WAITING,
            4,
            Plot.CLAIMED,
            2,
            Plot.CONVERSATION,
            4,
            Plot.ASKED,
            4,
            Plot.ANSWERED,
            4,
            Plot.REASSIGNED,
            3,
            Plot.DUPLICATE,
            2,
            Plot.APPROVED,
            5,
            Plot.DENIED,
            3,
            Plot.WITHDRAWN,
            2);

    static final List<Plot> CLOSED = plots(Plot.APPROVED, 6, Plot.DENIED, 6, Plot.LAPSED, 3, Plot.WITHDRAWN, 1);

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
    private Random random;
    /** The display id of the first case of the duplicate pair, once it is filed. */
    private String duplicateOf;

    private Viewer supervisor;
    private List<Viewer> reviewers;
    private List<Viewer> submitters;
    private Instant now;
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
        meetThePeople();
        List<Long> filed = new ArrayList<>();
        for (Plot plot : OPEN_YEAR) {
            filed.add(tell(plot, openFrom, openDays - plot.days));
        }
        Instant closedFrom = closed.get().opensAt().plus(Duration.ofDays(1));
        long closedDays = Duration.between(closedFrom, closed.get().closes()).toDays() - 1;
        for (Plot plot : CLOSED) {
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

    private String viewerName(Viewer viewer) {
        return accounts.find(viewer.username()).map(UserAccount::displayName).orElse(viewer.username());
    }

    private Viewer viewer(String username) {
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
        Set<IssueType> issues = issuesFor(plot);
        IntakeMessage content =
                content(n, plot, type, owner, issues, windows.current(filedAt).performanceYear());
        Story story = new Story(plot, owner, filedAt);
        TargetedReviewRequest draft = story.at(
                -3,
                () -> reviews.startDraft(
                        owner, content.applicationType(), content.identifier(), content.title(), "type"));
        story.id = draft.id();
        if (plot == Plot.DRAFT_STARTED) {
            return story.id;
        }
        story.at(-2, () -> reviews.save(story.id, owner, draft.version(), "documents", content::applyTo));
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
        plot(story);
        return story.id;
    }

    private void plot(Story story) {
        switch (story.plot) {
            case WAITING, DUPLICATE -> {
                if (story.plot == Plot.DUPLICATE && duplicateOf != null) {
                    story.note(
                            1,
                            story.worker(),
                            "This looks like " + duplicateOf + " again, same clinician and same question."
                                    + " @supervisor, shall we decide them together?");
                }
            }
            case CLAIMED -> {
                story.at(1, () -> assignments.claim(story.id, reviewers.get(1), story.version()));
                story.comment(
                        2,
                        reviewers.get(1),
                        "Thank you for the hardship notice. We are checking it against the exception"
                                + " applications on file and will write again within a week.",
                        null);
            }
            case CONVERSATION -> {
                Comment question = story.comment(
                        1,
                        story.owner,
                        "We attached the worksheet our registry used. Can you confirm"
                                + " you received the quality data for all four quarters?",
                        pick());
                story.reply(
                        2,
                        story.worker(),
                        question,
                        "Yes, all four quarters arrived. We are comparing them with the scoring file now.");
                story.note(
                        3,
                        story.worker(),
                        "Quarter three looks short by eleven encounters. @supervisor, have we seen this"
                                + " registry's files truncated before?");
                story.reply(
                        4, story.owner, question, "Thanks. Let us know if you need anything else from the practice.");
            }
            case ASKED ->
                story.ask(
                        2 + random.nextInt(2),
                        "Please upload the signed attestation for the clinician's special status"
                                + " and the QRDA III file your registry submitted.");
            case ANSWERED -> {
                story.ask(
                        2,
                        "Please send the confirmation e-mail or receipt your registry got when it submitted the data.");
                story.comment(
                        5,
                        story.owner,
                        "Here is the confirmation from our registry and its submission timeline.",
                        pick());
                story.comment(
                        6, story.worker(), "Received, thank you. The clock has stopped; we will decide shortly.", null);
            }
            case REASSIGNED -> {
                Viewer to = story.otherReviewer();
                story.at(
                        2,
                        () -> assignments.reassign(
                                List.of(story.id),
                                to.username(),
                                "Balancing the queues: " + viewerName(to)
                                        + " takes this one while the week's eligibility cases are reviewed",
                                supervisor));
                story.note(
                        3,
                        to,
                        "Picked this up from the reassignment. @" + story.priorWorker + ", did you start on the measure"
                                + " exclusions?");
                story.note(4, viewer(story.priorWorker), "Not yet; the case file is all yours.");
            }
            case APPROVED -> {
                story.comment(3, story.worker(), "We have what we need and are finishing the review.", null);
                DecisionReason reason = pickOf(
                        DecisionReason.CALCULATION_ERROR_CONFIRMED,
                        DecisionReason.DATA_NOT_USED,
                        DecisionReason.WRONG_TIN_OR_NPI,
                        DecisionReason.SPECIAL_STATUS_NOT_APPLIED,
                        DecisionReason.REWEIGHTING_NOT_APPLIED,
                        DecisionReason.APM_SCORING_ERROR);
                story.decide(
                        5 + random.nextInt(5),
                        reason,
                        "We reviewed the files you sent and confirmed the problem: "
                                + reason.label().toLowerCase(Locale.ROOT)
                                + ". The payment adjustment factor will be recalculated and the new"
                                + " feedback appears in the QPP portal within 30 days.");
            }
            case DENIED -> {
                story.note(
                        2,
                        story.worker(),
                        "The scoring file matches the submission exactly. @supervisor, I plan to deny.");
                DecisionReason reason = pickOf(
                        DecisionReason.NO_ERROR_FOUND,
                        DecisionReason.INSUFFICIENT_INFORMATION,
                        DecisionReason.SCORING_METHODOLOGY,
                        DecisionReason.SERVICE_CENTER_DATA_ISSUE,
                        DecisionReason.MEASURES_AND_ACTIVITIES);
                story.decide(
                        4 + random.nextInt(4),
                        reason,
                        "We compared the data you submitted with the data used in scoring and"
                                + " found no error to correct. Reason: " + reason.label() + ".");
            }
            case LAPSED -> {
                story.at(1, () -> assignments.claim(story.id, reviewers.get(2), story.version()));
                DocumentationRequest asked =
                        story.ask(5, "Please send the hardship exception approval letter for the performance year.");
                story.atMoment(
                        asked.remindAt(),
                        () -> fire(new Deadline(
                                DocumentationRequests.REMINDER, String.valueOf(asked.id()), asked.remindAt())));
                story.atMoment(
                        asked.dueAt(),
                        () -> fire(
                                new Deadline(DocumentationRequests.LAPSE, String.valueOf(asked.id()), asked.dueAt())));
            }
            case WITHDRAWN -> {
                story.comment(
                        1,
                        story.owner,
                        "We found the cause ourselves: our registry had resubmitted. We will withdraw this request.",
                        null);
                story.at(3, () -> reviews.withdraw(story.id, story.owner));
            }
            default -> throw new IllegalStateException("No story for " + story.plot);
        }
        if (story.plot == Plot.DUPLICATE && duplicateOf == null) {
            duplicateOf = reviews.find(story.id, supervisor).displayId();
        }
    }

    /** What the timer's handler does when a deadline falls due ({@code DeadlineAttempts#run}). */
    private Void fire(Deadline deadline) {
        deadlineReached.fire(new DeadlineReached(deadline, clock.instant()));
        return null;
    }

    private static Set<IssueType> issuesFor(Plot plot) {
        return switch (plot) {
            case WAITING, CLAIMED, LAPSED -> EnumSet.of(IssueType.EXTREME_UNCONTROLLABLE_CIRCUMSTANCES);
            case DUPLICATE, CONVERSATION, ANSWERED -> EnumSet.of(IssueType.SUBMISSION);
            case ASKED -> EnumSet.of(IssueType.ELIGIBILITY_SPECIAL_STATUS);
            case REASSIGNED -> EnumSet.of(IssueType.MEASURE_ACTIVITY, IssueType.GENERAL);
            case DENIED -> EnumSet.of(IssueType.MEASURE_ACTIVITY);
            default -> EnumSet.of(IssueType.GENERAL, IssueType.SUBMISSION);
        };
    }

    /** The whole request a submitter types in the portal's steps, as intake reads it. */
    private IntakeMessage content(
            int n, Plot plot, ApplicationType type, Viewer owner, Set<IssueType> issues, int year) {
        int party = plot == Plot.DUPLICATE ? 0 : random.nextInt(100);
        ApplicationType partyType = plot == Plot.DUPLICATE ? ApplicationType.INDIVIDUAL : type;
        List<String> parties = PARTIES.get(partyType.identifierKind());
        String identifier = parties.get(party % parties.size());
        IntakeMessage.Practice practice = null;
        if (partyType == ApplicationType.INDIVIDUAL) {
            String tin = PRACTICE_OF_NPI.get(party % NPIS.size());
            practice = IntakeMessage.Practice.listed(tin, PRACTICE_NAMES.get(TINS.indexOf(tin)));
        }
        Relationship relationship = pickOf(
                Relationship.CLINICIAN,
                Relationship.CONSULTANT,
                Relationship.PHYSICIAN_STAFF,
                Relationship.REGISTRY_QCDR,
                Relationship.EHR_VENDOR);
        Set<PerformanceCategory> categories = EnumSet.of(pickOf(
                PerformanceCategory.QUALITY,
                PerformanceCategory.QUALITY,
                PerformanceCategory.IMPROVEMENT_ACTIVITIES,
                PerformanceCategory.PROMOTING_INTEROPERABILITY,
                PerformanceCategory.COST));
        List<String> shared = n % 7 == 3 ? List.of("billing.office@example.org") : List.of();
        String ticket = n % 5 == 2 ? String.format("CS%07d", 600_000 + random.nextInt(99_999)) : null;
        return new IntakeMessage(
                "demo-" + n,
                IntakeMessage.Source.PORTAL,
                year,
                partyType,
                identifier,
                title(plot, partyType, n),
                practice,
                ticket,
                new IntakeMessage.Submitter(
                        null, "410-786-" + (3000 + random.nextInt(6999)), null, owner.email(), relationship, null),
                shared,
                categories,
                issues,
                explanation(issues),
                List.of(),
                new IntakeMessage.Certification(owner.username(), now));
    }

    private static String title(Plot plot, ApplicationType type, int n) {
        String what = switch (plot) {
            case DUPLICATE -> "Quality data missing from feedback";
            case WAITING, CLAIMED, LAPSED -> "Hardship exception not applied";
            case ASKED -> "Special status not recognised";
            case DENIED, REASSIGNED -> "Measure scored as not submitted";
            default -> "Payment adjustment looks wrong";
        };
        return what + " (" + type.label() + " " + (n + 1) + ")";
    }

    private static String explanation(Set<IssueType> issues) {
        StringBuilder text = new StringBuilder();
        for (IssueType issue : issues) {
            text.append(
                    switch (issue) {
                        case SUBMISSION ->
                            "Our registry submitted all quality measures on time, but the performance feedback shows none of them"
                                    + " and scores the quality category as zero. ";
                        case ELIGIBILITY_SPECIAL_STATUS ->
                            "The clinician qualifies for the small practice special status, which the"
                                    + " eligibility tool shows, but the final score was calculated without it. ";
                        case EXTREME_UNCONTROLLABLE_CIRCUMSTANCES ->
                            "Our practice was closed for six weeks after the flood and CMS approved"
                                    + " our extreme and uncontrollable circumstances application, yet the categories were not reweighted. ";
                        case MEASURE_ACTIVITY ->
                            "Two improvement activities we attested to are missing and one quality measure is scored as"
                                    + " not submitted, although the submission receipt lists it. ";
                        case GENERAL ->
                            "We believe the payment adjustment factor was calculated from the wrong data and ask for a review. ";
                    });
        }
        return text.toString().strip();
    }

    private DemoFile pick() {
        return FILES.get(random.nextInt(FILES.size()));
    }

    @SafeVarargs
    private <T> T pickOf(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    private static List<Plot> plots(Object... plotsAndCounts) {
        List<Plot> plots = new ArrayList<>();
        for (int i = 0; i < plotsAndCounts.length; i += 2) {
            plots.addAll(Collections.nCopies((Integer) plotsAndCounts[i + 1], (Plot) plotsAndCounts[i]));
        }
        return List.copyOf(plots);
    }

    /** A file of the demo, read from the application's resources. */
    private record DemoFile(String resource, String name) {

        <T> T read(Function<InputStream, T> use) {
            try (InputStream content = DemoStories.class.getResourceAsStream("/demo/attachments/" + resource)) {
                if (content == null) {
                    throw new IllegalStateException("The demo file demo/attachments/" + resource + " is missing");
                }
                return use.apply(content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One case's story: its steps, each at its own moment, days after filing (a negative day: before it). */
    private final class Story {

        final Plot plot;
        final Viewer owner;
        final Instant filedAt;
        long id;
        String priorWorker;

        Story(Plot plot, Viewer owner, Instant filedAt) {
            this.plot = plot;
            this.owner = owner;
            this.filedAt = filedAt;
        }

        <T> T at(int day, Supplier<T> step) {
            Instant moment =
                    filedAt.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(day == 0 ? 0 : random.nextInt(240)));
            return atMoment(day < 0 ? filedAt.minus(Duration.ofHours(-day)) : moment, step);
        }

        /**
         * Each step is written before the next, as it would be in the user's own transaction: rows that name the case
         * only by its id (its files, its events) must never reach the database before the case does.
         */
        <T> T atMoment(Instant moment, Supplier<T> step) {
            return Clocks.backdated(moment.isBefore(now) ? moment : now.minusSeconds(1), () -> {
                T done = step.get();
                em.flush();
                return done;
            });
        }

        long version() {
            return em.find(TargetedReviewRequest.class, id).version();
        }

        /** Whoever works the case now: its reviewer, or the supervisor when nobody has it. */
        Viewer worker() {
            String assigned = em.find(TargetedReviewRequest.class, id).assignedReviewer();
            return assigned == null ? supervisor : viewer(assigned);
        }

        Viewer otherReviewer() {
            priorWorker = worker().username();
            return reviewers.stream()
                    .filter(reviewer -> !reviewer.username().equals(priorWorker))
                    .findFirst()
                    .orElseThrow();
        }

        /** A new thread, with the file when there is one. */
        Comment comment(int day, Viewer author, String body, DemoFile file) {
            return at(day, () -> {
                List<PendingFile> files = new ArrayList<>();
                if (file != null) {
                    files.add(file.read(content -> attachments.upload(author.username(), file.name(), content)));
                }
                return comments.post(id, null, author, body, false, files);
            });
        }

        Comment reply(int day, Viewer author, Comment parent, String body) {
            return at(day, () -> comments.post(id, parent.id(), author, body, false, List.of()));
        }

        Comment note(int day, Viewer author, String body) {
            return at(day, () -> comments.post(id, null, author, body, true, List.of()));
        }

        DocumentationRequest ask(int day, String whatIsNeeded) {
            Viewer worker = worker();
            return at(day, () -> documentation.ask(id, worker, version(), whatIsNeeded));
        }

        void decide(int day, DecisionReason reason, String narrative) {
            Viewer worker = worker();
            at(day, () -> decisions.decide(id, worker, version(), reason, narrative));
        }
    }
}
