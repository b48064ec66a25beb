package org.reviewdesk.retention;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.reviewdesk.attachment.AttachmentStore;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.request.SubmissionWindow;
import org.reviewdesk.request.TargetedReviewRequest;

/**
 * Purge runs (DESIGN §9, rules in {@link RetentionPeriod}): what a run on a given day will do, and the run
 * itself. Each case is purged in a transaction of its own ({@link CasePurge}), so one that fails is left
 * whole, is reported in the run, and does not stop the others. Outside a transaction itself.
 * <p>
 * Every method takes the clock whose day the rules apply: the application's clock on the screen and in the
 * nightly run, a fixed one in the tests. The moments recorded (a run's start and end, a tombstone's time)
 * are always the application's own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());
    private static final Set<RequestStatus> DRAFTS =
            EnumSet.of(RequestStatus.DRAFT_IN_PROGRESS, RequestStatus.DRAFT_COMPLETE);

    @PersistenceContext
    EntityManager em;

    @EJB
    CasePurge purge;

    @EJB
    DraftWarnings warnings;

    @EJB
    RetentionLog log;

    @Inject
    AttachmentStore store;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    /** What a run today would do. */
    @RolesAllowed("ADMIN")
    public RetentionPlan preview() {
        return planFor(clock);
    }

    /** Runs the purge now, as the calling administrator. */
    @RolesAllowed("ADMIN")
    public RetentionRun runNow() {
        return run(clock, context.getCallerPrincipal().getName());
    }

    /** What a run on the clock's day does: cases past their date, held ones, abandoned drafts to warn or purge. */
    @RolesAllowed("ADMIN")
    public RetentionPlan planFor(Clock at) {
        LocalDate day = RetentionPeriod.today(at);
        List<PlannedPurge> items = new ArrayList<>();
        Set<Long> held = new HashSet<>(em.createQuery("SELECT h.requestId FROM LegalHold h", Long.class)
                .getResultList());
        for (TargetedReviewRequest request : em.createQuery(
                        "SELECT r FROM TargetedReviewRequest r WHERE r.performanceYear <= :year"
                                + " AND r.status NOT IN :drafts ORDER BY r.performanceYear, r.number",
                        TargetedReviewRequest.class)
                .setParameter("year", RetentionPeriod.lastPurgeableYear(day))
                .setParameter("drafts", DRAFTS)
                .getResultList()) {
            PlannedPurge.Action action = held.contains(request.id())
                    ? PlannedPurge.Action.HELD
                    : request.status().isClosed()
                            ? PlannedPurge.Action.PURGE_CASE
                            : PlannedPurge.Action.STILL_IN_REVIEW;
            items.add(item(request, RetentionPeriod.firstPurgeDay(request.performanceYear()), action));
        }
        for (Object[] row : em.createQuery(
                        "SELECT r, w FROM TargetedReviewRequest r, SubmissionWindow w"
                                + " WHERE w.performanceYear = r.performanceYear AND r.status IN :drafts ORDER BY r.performanceYear, r.number",
                        Object[].class)
                .setParameter("drafts", DRAFTS)
                .getResultList()) {
            draftItem((TargetedReviewRequest) row[0], (SubmissionWindow) row[1], at.instant(), day)
                    .ifPresent(items::add);
        }
        return new RetentionPlan(day, items);
    }

    /**
     * Runs the purge for the clock's day: purges each case and warned abandoned draft that is due, warns the
     * owners of newly abandoned drafts, removes files nothing uses any more, and records the run.
     */
    @RolesAllowed("ADMIN")
    public RetentionRun run(Clock at, String startedBy) {
        RetentionPlan plan = planFor(at);
        long runId = log.started(startedBy, plan.day(), clock.instant());
        Tally tally = new Tally();
        for (PlannedPurge item : plan.items()) {
            try {
                act(item, runId, at, tally);
            } catch (RuntimeException failure) {
                tally.failures++;
                tally.problem(item.displayId() + " (ID " + item.requestId() + ") was left whole: " + reasonOf(failure));
                LOG.warning(() -> "Retention: " + item.displayId() + " could not be "
                        + item.action().label() + ": " + reasonOf(failure));
            }
        }
        RetentionRun run = log.finished(runId, tally.counts(), clock.instant());
        LOG.info(() -> "Retention run " + runId + " for " + plan.day() + ": " + run.casesPurged() + " case(s) and "
                + run.draftsPurged() + " draft(s) purged, " + run.draftsWarned() + " draft owner(s) warned, "
                + run.held() + " held, " + run.failures() + " failed");
        return run;
    }

    private void act(PlannedPurge item, long runId, Clock at, Tally tally) {
        switch (item.action()) {
            case PURGE_CASE ->
                purged(
                        purge.purge(
                                item.requestId(),
                                CaseTombstone.Rule.RETENTION_PERIOD,
                                item.day(),
                                runId,
                                clock.instant(),
                                request -> request.status().isClosed()
                                        && RetentionPeriod.mayPurgeOn(
                                                request.performanceYear(), RetentionPeriod.today(at))),
                        tally,
                        false);
            case PURGE_DRAFT ->
                purged(
                        purge.purge(
                                item.requestId(),
                                CaseTombstone.Rule.ABANDONED_DRAFT,
                                item.day(),
                                runId,
                                clock.instant(),
                                request -> request.status().isDraft() && request.version() == item.version()),
                        tally,
                        true);
            case WARN_DRAFT -> {
                if (warnings.warn(item.requestId(), item.version(), at.instant())) {
                    tally.draftsWarned++;
                }
            }
            case HELD -> tally.held++;
            case STILL_IN_REVIEW -> {
                // Retention counts from the performance year, but an open case is worked to its decision first.
            }
        }
    }

    private void purged(Optional<CasePurge.Purged> purged, Tally tally, boolean draft) {
        if (purged.isEmpty()) {
            return;
        }
        if (draft) {
            tally.draftsPurged++;
        } else {
            tally.casesPurged++;
        }
        for (String sha256 : purged.get().unusedFiles()) {
            try {
                if (store.remove(sha256)) {
                    tally.filesRemoved++;
                }
            } catch (IOException | RuntimeException e) {
                tally.problem(
                        "The file " + sha256 + " of " + purged.get().tombstone().displayId()
                                + " stays on disk; remove it by hand: " + e.getMessage());
            }
        }
    }

    /**
     * An abandoned draft: warned now if its owner was not warned since its last change, purged once the
     * warning is {@link RetentionPeriod#WARNING_LEAD} old; empty while it is not abandoned or its warning is recent.
     */
    private Optional<PlannedPurge> draftItem(
            TargetedReviewRequest draft, SubmissionWindow window, Instant now, LocalDate day) {
        if (now.isBefore(RetentionPeriod.abandonedFrom(window, draft.updatedAt()))) {
            return Optional.empty();
        }
        DraftWarning warning = em.find(DraftWarning.class, draft.id());
        if (warning == null || warning.isVoidedBy(draft.updatedAt())) {
            return Optional.of(item(draft, RetentionPeriod.draftPurgeDay(now), PlannedPurge.Action.WARN_DRAFT));
        }
        return day.isBefore(warning.purgeDay())
                ? Optional.empty()
                : Optional.of(item(draft, warning.purgeDay(), PlannedPurge.Action.PURGE_DRAFT));
    }

    private static PlannedPurge item(TargetedReviewRequest request, LocalDate day, PlannedPurge.Action action) {
        return new PlannedPurge(
                request.id(), request.displayId(), request.title(), request.status(), day, action, request.version());
    }

    private static String reasonOf(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** What a run counted as it went. */
    private static final class Tally {
        int casesPurged;
        int draftsPurged;
        int draftsWarned;
        int filesRemoved;
        int held;
        int failures;
        final StringBuilder problems = new StringBuilder();

        void problem(String line) {
            problems.append(line).append('\n');
        }

        RetentionRun.Counts counts() {
            return new RetentionRun.Counts(
                    casesPurged,
                    draftsPurged,
                    draftsWarned,
                    filesRemoved,
                    held,
                    failures,
                    problems.toString().strip());
        }
    }
}
