package org.reviewdesk.review;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.reviewdesk.request.CaseAction;
import org.reviewdesk.request.CaseHistory;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;
import org.reviewdesk.security.Viewer;
import org.reviewdesk.validation.FieldError;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;

/**
 * Who works which case: reviewers claim cases or take the next one, new cases go automatically
 * to the least busy reviewer of their issue type, and supervisors reassign. Every assignment is
 * in the case's audit trail; a reassignment is mailed to the reviewers it concerns.
 */
@Stateless
public class Assignments {

    public static final String REASON = FormField.REASSIGNMENT_REASON.label();
    public static final String REVIEWER = FormField.REVIEWER.label();

    @PersistenceContext
    EntityManager em;

    @EJB
    ReviewWork work;

    @EJB
    CaseHistory history;

    @EJB
    UserAccounts accounts;

    @Inject
    Clock clock;

    @Inject
    Event<CasesReassigned> reassigned;

    /** The reviewer takes an unassigned case they saw at {@code seenVersion}. */
    public TargetedReviewRequest claim(long requestId, Viewer reviewer, long seenVersion) {
        return work.carryOut(
                requestId,
                reviewer,
                seenVersion,
                this::requireUnassigned,
                assigning(
                        reviewer.username(), CaseAction.CLAIMED, "Claimed by " + history.nameOf(reviewer.username())));
    }

    /** Only a case nobody has can be claimed: see {@link CaseActions#claim}. */
    private void requireUnassigned(TargetedReviewRequest request, Viewer reviewer) {
        if (CaseActions.mayClaim(request, reviewer)) {
            return;
        }
        throw new InvalidInput(
                ReviewWork.ASSIGNMENT,
                request.isAssignedTo(reviewer.username())
                        ? "This case is already yours"
                        : "This case is already assigned to " + history.nameOf(request.assignedReviewer()));
    }

    /**
     * Claims the oldest unassigned case in review that the reviewer handles (any issue type when
     * no supervisor has set theirs). Two reviewers asking at once get different cases.
     */
    public Optional<TargetedReviewRequest> next(Viewer reviewer) {
        if (!reviewer.reviews()) {
            return Optional.empty();
        }
        Set<IssueType> handled =
                profile(reviewer.username()).map(ReviewerProfile::issueTypes).orElse(Set.of());
        String query =
                "SELECT r.id FROM TargetedReviewRequest r WHERE r.status = :status AND r.assignedReviewer IS NULL"
                        + (handled.isEmpty()
                                ? ""
                                : " AND EXISTS (SELECT t FROM TargetedReviewRequest c JOIN c.issueTypes t WHERE c = r AND t IN :types)")
                        + " ORDER BY r.submittedAt, r.id";
        for (int attempt = 0; attempt < 3; attempt++) {
            var candidates =
                    em.createQuery(query, Long.class).setParameter("status", RequestStatus.SUBMITTED_IN_REVIEW);
            if (!handled.isEmpty()) {
                candidates.setParameter("types", handled);
            }
            for (Long id : candidates.setMaxResults(20).getResultList()) {
                // The lock makes a second reviewer wait for the first, then see the case taken and move on.
                TargetedReviewRequest request =
                        em.find(TargetedReviewRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
                if (request != null && request.isInReview() && request.assignedReviewer() == null) {
                    work.record(
                            request,
                            request.version(),
                            reviewer.username(),
                            assigning(
                                    reviewer.username(),
                                    CaseAction.CLAIMED,
                                    "Taken as the next case by " + history.nameOf(reviewer.username())));
                    return Optional.of(request);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Gives a newly submitted case to the reviewer with the fewest open cases among those who
     * handle one of its issue types and take new cases; on a tie, the one who got a case least
     * recently. Does nothing when a supervisor turned automatic assignment off or nobody handles
     * the case's issue types: it then waits in the unassigned queue.
     */
    public Optional<String> assignNew(TargetedReviewRequest request) {
        AssignmentPolicy policy =
                em.find(AssignmentPolicy.class, AssignmentPolicy.THE_POLICY, LockModeType.PESSIMISTIC_WRITE);
        if (policy == null || !policy.isAutomatic() || !request.isInReview() || request.assignedReviewer() != null) {
            return Optional.empty();
        }
        Set<String> staff =
                accounts.reviewStaff().stream().map(UserAccount::username).collect(Collectors.toSet());
        List<ReviewerProfile> profiles = em.createQuery("SELECT p FROM ReviewerProfile p", ReviewerProfile.class)
                .getResultList();
        List<String> takers = profiles.stream()
                .filter(profile -> profile.takesNew(request.issueTypes()))
                .map(ReviewerProfile::username)
                .toList();
        Optional<FairAssignment> choice = takers.isEmpty()
                ? Optional.empty()
                : FairAssignment.among(profiles, staff, request.issueTypes(), openCases(takers));
        choice.ifPresent(fair -> work.record(
                request,
                request.version(),
                CaseHistory.SYSTEM,
                assigning(
                        fair.chosen().username(),
                        CaseAction.ASSIGNED,
                        fair.reason(history.nameOf(fair.chosen().username())))));
        return choice.map(fair -> fair.chosen().username());
    }

    /**
     * A supervisor gives cases to a reviewer, with the reason. All of them or none: a case that
     * cannot be reassigned (decided, withdrawn, unknown) refuses the whole batch, naming it.
     * The reviewer who gets them and each reviewer who loses some get one e-mail.
     */
    public List<TargetedReviewRequest> reassign(
            Collection<Long> requestIds, String toReviewer, String reason, Viewer supervisor) {
        requireSupervisor(supervisor);
        String why = reason == null ? "" : reason.strip();
        List<FieldError> problems = new ArrayList<>();
        if (why.isEmpty()) {
            problems.add(
                    new FieldError(REASON, "Say why the cases are reassigned; the reviewers read it in their e-mail"));
        } else if (why.length() > 1000) {
            problems.add(new FieldError(REASON, "Keep the reason under 1000 characters"));
        }
        Optional<UserAccount> target = toReviewer == null
                ? Optional.empty()
                : accounts.find(toReviewer)
                        .filter(account ->
                                account.isEnabled() && Viewer.of(account).reviews());
        if (target.isEmpty()) {
            problems.add(new FieldError(REVIEWER, "Choose a reviewer or supervisor with an active account"));
        }
        if (requestIds == null || requestIds.isEmpty()) {
            problems.add(new FieldError(FormField.CASES, "Select at least one case to reassign"));
        }
        List<TargetedReviewRequest> cases = new ArrayList<>();
        for (Long id : requestIds == null ? List.<Long>of() : new LinkedHashSet<>(requestIds)) {
            TargetedReviewRequest request = em.find(TargetedReviewRequest.class, id);
            if (request == null) {
                problems.add(new FieldError(FormField.CASES, "There is no case " + id));
            } else if (!request.isInReview()) {
                problems.add(new FieldError(
                        FormField.CASES,
                        request.displayId() + " is " + request.status().label().toLowerCase()
                                + " and can no longer be reassigned; leave it out"));
            } else {
                cases.add(request);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String to = target.orElseThrow().username();
        Map<String, List<TargetedReviewRequest>> takenFrom = new LinkedHashMap<>();
        List<TargetedReviewRequest> moved = new ArrayList<>();
        for (TargetedReviewRequest request : cases) {
            String from = request.assignedReviewer();
            if (to.equals(from)) {
                continue;
            }
            if (from != null) {
                takenFrom.computeIfAbsent(from, reviewer -> new ArrayList<>()).add(request);
            }
            work.record(
                    request,
                    request.version(),
                    supervisor.username(),
                    assigning(
                            to,
                            CaseAction.REASSIGNED,
                            (from == null ? "Assigned" : "Reassigned from " + history.nameOf(from)) + " to "
                                    + history.nameOf(to) + " by " + history.nameOf(supervisor.username())
                                    + ". Reason: " + why));
            moved.add(request);
        }
        // A case another supervisor or its reviewer changed meanwhile fails the whole batch here, before any mail.
        em.flush();
        String supervisorName = history.nameOf(supervisor.username());
        if (!moved.isEmpty()) {
            reassigned.fire(new CasesReassigned(target.get().email(), moved, true, supervisorName, why));
        }
        takenFrom.forEach((reviewer, lost) -> accounts.find(reviewer)
                .ifPresent(account ->
                        reassigned.fire(new CasesReassigned(account.email(), lost, false, supervisorName, why))));
        return moved;
    }

    /** The issue types a reviewer handles and whether they take new cases; a supervisor sets them. */
    public ReviewerProfile setUp(
            String reviewer, Collection<IssueType> issueTypes, boolean acceptingCases, Viewer supervisor) {
        requireSupervisor(supervisor);
        UserAccount account = accounts.find(reviewer)
                .filter(found -> Viewer.of(found).reviews())
                .orElseThrow(() -> new InvalidInput(REVIEWER, "There is no reviewer " + reviewer));
        ReviewerProfile profile = profile(account.username()).orElseGet(() -> {
            ReviewerProfile created = new ReviewerProfile(account.username());
            em.persist(created);
            return created;
        });
        profile.handle(issueTypes, acceptingCases);
        return profile;
    }

    public Optional<ReviewerProfile> profile(String reviewer) {
        return Optional.ofNullable(em.find(ReviewerProfile.class, reviewer));
    }

    public boolean isAutomatic() {
        AssignmentPolicy policy = em.find(AssignmentPolicy.class, AssignmentPolicy.THE_POLICY);
        return policy != null && policy.isAutomatic();
    }

    /** A supervisor turns automatic assignment on or off; cases already assigned stay where they are. */
    public void switchAutomatic(boolean on, Viewer supervisor) {
        requireSupervisor(supervisor);
        em.find(AssignmentPolicy.class, AssignmentPolicy.THE_POLICY, LockModeType.PESSIMISTIC_WRITE)
                .switchTo(on, supervisor.username(), clock.instant());
    }

    /** Everyone who works cases, with their open work, the busiest first. */
    public List<ReviewerWorkload> workload(Viewer supervisor) {
        requireSupervisor(supervisor);
        Instant now = clock.instant();
        Map<String, long[]> counts = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT r.assignedReviewer, COUNT(r) FROM TargetedReviewRequest r"
                                + " WHERE r.status = :status AND r.assignedReviewer IS NOT NULL GROUP BY r.assignedReviewer",
                        Object[].class)
                .setParameter("status", RequestStatus.SUBMITTED_IN_REVIEW)
                .getResultList()) {
            counts.computeIfAbsent((String) row[0], reviewer -> new long[3])[0] = (Long) row[1];
        }
        for (Object[] row : em.createQuery(
                        "SELECT r.assignedReviewer, COUNT(r) FROM TargetedReviewRequest r"
                                + " WHERE r.status = :status AND r.assignedReviewer IS NOT NULL AND r.documentationDueAt IS NOT NULL"
                                + " GROUP BY r.assignedReviewer",
                        Object[].class)
                .setParameter("status", RequestStatus.SUBMITTED_IN_REVIEW)
                .getResultList()) {
            counts.computeIfAbsent((String) row[0], reviewer -> new long[3])[1] = (Long) row[1];
        }
        for (Object[] row : em.createQuery(
                        "SELECT r.assignedReviewer, COUNT(r) FROM TargetedReviewRequest r"
                                + " WHERE r.status = :status AND r.assignedReviewer IS NOT NULL AND r.documentationDueAt < :now"
                                + " GROUP BY r.assignedReviewer",
                        Object[].class)
                .setParameter("status", RequestStatus.SUBMITTED_IN_REVIEW)
                .setParameter("now", now)
                .getResultList()) {
            counts.computeIfAbsent((String) row[0], reviewer -> new long[3])[2] = (Long) row[1];
        }
        List<ReviewerWorkload> workload = new ArrayList<>();
        for (UserAccount account : accounts.reviewStaff()) {
            long[] count = counts.getOrDefault(account.username(), new long[3]);
            Optional<ReviewerProfile> profile = profile(account.username());
            workload.add(new ReviewerWorkload(
                    account.username(),
                    account.displayName(),
                    profile.map(ReviewerProfile::issueTypes).orElse(Set.of()),
                    profile.map(ReviewerProfile::isAcceptingCases).orElse(false),
                    count[0],
                    count[1],
                    count[2],
                    count[0] == 0 ? null : oldestOpenCaseOf(account.username())));
        }
        workload.sort(Comparator.comparingLong(ReviewerWorkload::openCases)
                .reversed()
                .thenComparing(ReviewerWorkload::displayName));
        return workload;
    }

    /**
     * When the reviewer's oldest open case was submitted: one index seek per reviewer. (An
     * aggregate MIN over the column would skip the entity's time converter on PostgreSQL.)
     */
    private Instant oldestOpenCaseOf(String reviewer) {
        return em.createQuery(
                        "SELECT r.submittedAt FROM TargetedReviewRequest r WHERE r.status = :status"
                                + " AND r.assignedReviewer = :reviewer ORDER BY r.submittedAt",
                        Instant.class)
                .setParameter("status", RequestStatus.SUBMITTED_IN_REVIEW)
                .setParameter("reviewer", reviewer)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Map<String, Long> openCases(List<String> reviewers) {
        Map<String, Long> open = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT r.assignedReviewer, COUNT(r) FROM TargetedReviewRequest r"
                                + " WHERE r.status = :status AND r.assignedReviewer IN :reviewers GROUP BY r.assignedReviewer",
                        Object[].class)
                .setParameter("status", RequestStatus.SUBMITTED_IN_REVIEW)
                .setParameter("reviewers", reviewers)
                .getResultList()) {
            open.put((String) row[0], (Long) row[1]);
        }
        return open;
    }

    /** Gives the case to the reviewer; {@code details} is what the audit trail says of it. */
    private ReviewAction<TargetedReviewRequest> assigning(String reviewer, CaseAction action, String details) {
        return new ReviewAction<>() {
            @Override
            public TargetedReviewRequest change(TargetedReviewRequest request) {
                Instant now = clock.instant();
                request.assignTo(reviewer, now);
                profile(reviewer).ifPresent(profile -> profile.assigned(now));
                return request;
            }

            @Override
            public Audit audit(TargetedReviewRequest assigned) {
                return new Audit(action, details);
            }
        };
    }

    private static void requireSupervisor(Viewer viewer) {
        if (!viewer.supervises()) {
            throw new InvalidInput("Role", "Only a supervisor can do this");
        }
    }
}
