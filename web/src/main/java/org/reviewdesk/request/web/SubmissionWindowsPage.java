package org.reviewdesk.request.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.reviewdesk.configuration.EasternTime;
import org.reviewdesk.request.SubmissionWindow;
import org.reviewdesk.request.SubmissionWindows;
import org.reviewdesk.request.WindowChange;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.web.FormErrors;
import org.reviewdesk.web.Pages;

/**
 * The supervisor's submission windows: every performance year's window with its state, creating one,
 * correcting one before it opens, extending one while open or after it closed, and the history of changes.
 * The rules are the domain's ({@link SubmissionWindow}, {@link SubmissionWindows}); this bean only carries the form.
 */
@Named
@ViewScoped
public class SubmissionWindowsPage implements Serializable {

    /** What the change panel does to the chosen window. */
    public enum Change {
        EXTEND,
        CORRECT
    }

    @EJB
    SubmissionWindows windows;

    @Inject
    Clock clock;

    private final FormErrors createErrors = new FormErrors();
    private final FormErrors changeErrors = new FormErrors();
    private List<SubmissionWindow> all = List.of();
    private List<WindowChange> changes = List.of();
    private Instant now;

    private Integer year;
    private LocalDate releaseDay;
    private LocalDate closingDay;
    private String reason;

    private Integer chosenYear;
    private long seenVersion;
    private Change change;
    private LocalDate changeRelease;
    private LocalDate changeClosing;
    private LocalDate extendedUntil;
    private String changeReason;

    @PostConstruct
    void load() {
        now = clock.instant();
        all = windows.all();
        changes = windows.changes();
    }

    public void create() {
        createErrors.clear();
        try {
            SubmissionWindow created = windows.create(year == null ? 0 : year, releaseDay, closingDay, reason);
            Pages.info("The " + created.performanceYear() + " window is created: it opens on "
                    + EasternTime.day(created.opensAt()) + " and closes on "
                    + SubmissionWindow.describe(created.closes()));
            year = null;
            releaseDay = null;
            closingDay = null;
            reason = null;
            load();
        } catch (InvalidInput refused) {
            createErrors.show(refused);
        }
    }

    /** Opens the change panel on a window, remembering the version shown, so a change made meanwhile is noticed. */
    public void choose(SubmissionWindow window, Change what) {
        changeErrors.clear();
        chosenYear = window.performanceYear();
        seenVersion = window.version();
        change = what;
        changeRelease = EasternTime.dayOf(window.opensAt());
        changeClosing = EasternTime.dayOf(window.closesAsSet());
        extendedUntil = null;
        changeReason = null;
    }

    public void save() {
        changeErrors.clear();
        try {
            SubmissionWindow changed = change == Change.EXTEND
                    ? windows.extend(chosenYear, seenVersion, extendedUntil, changeReason)
                    : windows.correct(chosenYear, seenVersion, changeRelease, changeClosing, changeReason);
            Pages.info(
                    change == Change.EXTEND
                            ? "The " + changed.performanceYear() + " window is extended: it now closes on "
                                    + SubmissionWindow.describe(changed.closes())
                                    + "; submitters with drafts of that year are told by e-mail"
                            : "The " + changed.performanceYear() + " window now opens on "
                                    + EasternTime.day(changed.opensAt()) + " and closes on "
                                    + SubmissionWindow.describe(changed.closes()));
            cancel();
            load();
        } catch (InvalidInput refused) {
            changeErrors.show(refused);
        }
    }

    public void cancel() {
        chosenYear = null;
        change = null;
    }

    public String stateOf(SubmissionWindow window) {
        return window.stateAt(now).label();
    }

    public boolean canCorrect(SubmissionWindow window) {
        return window.mayBeCorrectedAt(now);
    }

    public boolean canExtend(SubmissionWindow window) {
        return !canCorrect(window);
    }

    public String day(Instant moment) {
        return moment == null ? "—" : EasternTime.day(moment);
    }

    public String closing(Instant moment) {
        return SubmissionWindow.describe(moment);
    }

    public String extension(SubmissionWindow window) {
        return window.isExtended() ? SubmissionWindow.describe(window.closes()) : "—";
    }

    public String moment(Instant moment) {
        return EasternTime.dayAndTime(moment);
    }

    public List<SubmissionWindow> getWindows() {
        return all;
    }

    public List<WindowChange> getChanges() {
        return changes;
    }

    public FormErrors getCreateErrors() {
        return createErrors;
    }

    public FormErrors getChangeErrors() {
        return changeErrors;
    }

    public boolean isChanging() {
        return chosenYear != null;
    }

    public boolean isExtending() {
        return change == Change.EXTEND;
    }

    public Integer getChosenYear() {
        return chosenYear;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getReleaseDay() {
        return releaseDay;
    }

    public void setReleaseDay(LocalDate releaseDay) {
        this.releaseDay = releaseDay;
    }

    public LocalDate getClosingDay() {
        return closingDay;
    }

    public void setClosingDay(LocalDate closingDay) {
        this.closingDay = closingDay;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getChangeRelease() {
        return changeRelease;
    }

    public void setChangeRelease(LocalDate changeRelease) {
        this.changeRelease = changeRelease;
    }

    public LocalDate getChangeClosing() {
        return changeClosing;
    }

    public void setChangeClosing(LocalDate changeClosing) {
        this.changeClosing = changeClosing;
    }

    public LocalDate getExtendedUntil() {
        return extendedUntil;
    }

    public void setExtendedUntil(LocalDate extendedUntil) {
        this.extendedUntil = extendedUntil;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public void setChangeReason(String changeReason) {
        this.changeReason = changeReason;
    }
}
