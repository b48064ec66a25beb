package org.reviewdesk.request;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reviewdesk.validation.InvalidInput;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The submission window of each performance year. */
@Stateless
public class SubmissionWindows {

    @PersistenceContext
    EntityManager em;

    /** Sets the window of a year from the release date of its payment adjustment factors. */
    public SubmissionWindow define(int performanceYear, LocalDate releaseDay) {
        if (em.find(SubmissionWindow.class, performanceYear) != null) {
            throw new InvalidInput("Performance year", "The " + performanceYear + " window is already set; extend it instead");
        }
        SubmissionWindow window = SubmissionWindow.releasedOn(performanceYear, releaseDay);
        em.persist(window);
        if (em.find(RequestCounter.class, performanceYear) == null) {
            em.persist(new RequestCounter(performanceYear));
        }
        return window;
    }

    public SubmissionWindow extend(int performanceYear, LocalDate lastDay) {
        SubmissionWindow window = of(performanceYear).orElseThrow(() -> new InvalidInput("Performance year",
                "No window is set for " + performanceYear + "; set it first"));
        window.extendTo(lastDay);
        return window;
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
        return windows.stream().filter(w -> w.isOpenAt(now)).max(Comparator.comparingInt(SubmissionWindow::performanceYear))
                .or(() -> windows.stream().filter(w -> !w.opensAt().isAfter(now)).max(Comparator.comparing(SubmissionWindow::opensAt)))
                .or(() -> windows.stream().min(Comparator.comparing(SubmissionWindow::opensAt)))
                .orElseThrow(() -> new InvalidInput("Submission window",
                        "No performance year is set up for Targeted Review yet; please try again later"));
    }
}
