package org.reviewdesk.request;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.reviewdesk.configuration.EasternTime;
import org.reviewdesk.security.Actors;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.PlainText;

/**
 * The submission window of each performance year. Supervisors create a window, correct it before it opens
 * and extend it while it is open or after it closed, each time with a reason; every change is recorded in
 * {@link WindowChange} in its own transaction, and an extension is announced to every submitter with a draft
 * of that year. Everyone reads the windows: the portal shows the current one.
 */
@Stateless
public class SubmissionWindows {

    @PersistenceContext
    EntityManager em;

    @EJB
    UserAccounts accounts;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @Inject
    Event<WindowExtended> extended;

    /**
     * Creates the window of a year from the release day of its payment adjustment factors.
     *
     * @param closingDay null for the default, 60 days after the release day; closing is at 8 PM Eastern
     */
    @RolesAllowed("SUPERVISOR")
    public SubmissionWindow create(int performanceYear, LocalDate releaseDay, LocalDate closingDay, String reason) {
        String why = reason(reason);
        if (em.find(SubmissionWindow.class, performanceYear) != null) {
            throw new InvalidInput(
                    FormField.PERFORMANCE_YEAR,
                    "The " + performanceYear
                            + " window already exists; correct it before it opens or extend it instead");
        }
        SubmissionWindow window = SubmissionWindow.releasedOn(performanceYear, releaseDay, closingDay);
        em.persist(window);
        if (em.find(RequestCounter.class, performanceYear) == null) {
            em.persist(new RequestCounter(performanceYear));
        }
        em.flush(); // the window row before its first change row, which refers to it
        record(
                window,
                "Created: opening " + EasternTime.day(window.opensAt()) + ", closing "
                        + SubmissionWindow.describe(window.closes()),
                why);
        return window;
    }

    /** Corrects the dates of a window that has not opened yet; {@code seenVersion} is the version the screen showed. */
    @RolesAllowed("SUPERVISOR")
    public SubmissionWindow correct(
            int performanceYear, long seenVersion, LocalDate releaseDay, LocalDate closingDay, String reason) {
        String why = reason(reason);
        SubmissionWindow window = existing(performanceYear, seenVersion);
        record(window, window.correct(releaseDay, closingDay, clock.instant()), why);
        return committed(window);
    }

    /**
     * Extends a window that is open or has closed to 8 PM Eastern on {@code lastDay}, and mails every submitter
     * who has a draft of that year that they can submit it until then (through the outbox, so only once the
     * extension commits).
     */
    @RolesAllowed("SUPERVISOR")
    public SubmissionWindow extend(int performanceYear, long seenVersion, LocalDate lastDay, String reason) {
        String why = reason(reason);
        SubmissionWindow window = existing(performanceYear, seenVersion);
        record(window, window.extendTo(lastDay, clock.instant()), why);
        announceExtension(window);
        return committed(window);
    }

    /** Every change to every window, newest first. */
    @RolesAllowed("SUPERVISOR")
    public List<WindowChange> changes() {
        return em.createQuery("SELECT c FROM WindowChange c ORDER BY c.occurredAt DESC, c.id DESC", WindowChange.class)
                .getResultList();
    }

    public Optional<SubmissionWindow> of(int performanceYear) {
        return Optional.ofNullable(em.find(SubmissionWindow.class, performanceYear));
    }

    public List<SubmissionWindow> all() {
        return em.createNamedQuery(SubmissionWindow.ALL, SubmissionWindow.class).getResultList();
    }

    /**
     * The year new requests are filed for: the open window, or else the one that opened
     * last (so drafts can be kept), or else the next to open.
     */
    public SubmissionWindow current(Instant now) {
        List<SubmissionWindow> windows = all();
        return windows.stream()
                .filter(w -> w.isOpenAt(now))
                .max(Comparator.comparingInt(SubmissionWindow::performanceYear))
                .or(() -> windows.stream()
                        .filter(w -> !w.opensAt().isAfter(now))
                        .max(Comparator.comparing(SubmissionWindow::opensAt)))
                .or(() -> windows.stream().min(Comparator.comparing(SubmissionWindow::opensAt)))
                .orElseThrow(() -> new InvalidInput(
                        "Submission window",
                        "No performance year is set up for Targeted Review yet; please try again later"));
    }

    private void announceExtension(SubmissionWindow window) {
        List<String> owners = em.createQuery(
                        "SELECT DISTINCT r.ownerUsername FROM TargetedReviewRequest r"
                                + " WHERE r.performanceYear = :year AND r.status IN :drafts",
                        String.class)
                .setParameter("year", window.performanceYear())
                .setParameter("drafts", List.of(RequestStatus.DRAFT_IN_PROGRESS, RequestStatus.DRAFT_COMPLETE))
                .getResultList();
        List<String> addresses = owners.stream()
                .flatMap(owner -> accounts.find(owner).map(UserAccount::email).stream())
                .toList();
        extended.fire(new WindowExtended(window.performanceYear(), window.closes(), addresses));
    }

    private SubmissionWindow existing(int performanceYear, long seenVersion) {
        SubmissionWindow window = of(performanceYear)
                .orElseThrow(() -> new InvalidInput(
                        FormField.PERFORMANCE_YEAR, "No window is set for " + performanceYear + "; create it first"));
        window.requireVersion(seenVersion);
        return window;
    }

    /**
     * Writes the change now, so that a supervisor who changed the same window in the meantime (the version
     * moved on between the check and the commit) is told to reload rather than shown an error page.
     */
    private SubmissionWindow committed(SubmissionWindow window) {
        try {
            em.flush();
        } catch (OptimisticLockException clash) {
            throw SubmissionWindow.stale(window.performanceYear());
        }
        return window;
    }

    private void record(SubmissionWindow window, String what, String reason) {
        String actor = Actors.of(context);
        em.persist(new WindowChange(
                window.performanceYear(), clock.instant(), actor, Actors.nameOf(actor, accounts), what, reason));
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput(
                    FormField.WINDOW_CHANGE_REASON,
                    "Say why the window is set or changed, such as \"CMS extended the deadline\"; "
                            + "it is kept in the window's history");
        }
        return PlainText.line(reason.strip(), FormField.WINDOW_CHANGE_REASON.label(), WindowChange.MAX_REASON);
    }
}
