package org.reviewdesk.portal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.reviewdesk.configuration.EasternTime;
import org.reviewdesk.request.RequestNotFound;
import org.reviewdesk.request.SubmissionWindow;
import org.reviewdesk.request.SubmissionWindows;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.request.TargetedReviews;
import org.reviewdesk.security.web.CurrentUser;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.web.FormErrors;
import org.reviewdesk.web.Pages;

/**
 * The submitter's Targeted Review progress summary: the submission window of the year and
 * every request they filed or were given access to, with what they can do to each.
 */
@Named
@ViewScoped
public class ProgressSummary implements Serializable {

    @EJB
    TargetedReviews reviews;

    @EJB
    SubmissionWindows windows;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private final FormErrors errors = new FormErrors();
    private SubmissionWindow window;
    private Instant now;
    private List<TargetedReviewRequest> requests = List.of();

    private Long chosenId;
    private String chosenHeading;
    private String newTitle;

    @PostConstruct
    void load() {
        now = clock.instant();
        try {
            window = windows.current(now);
        } catch (InvalidInput noWindowYet) {
            window = null;
        }
        requests = reviews.visibleTo(currentUser.viewer());
    }

    // ---- rename (the pencil)

    public void startRename(TargetedReviewRequest request) {
        errors.clear();
        chosenId = request.id();
        chosenHeading = request.displayId();
        newTitle = request.title();
    }

    public void rename() {
        errors.clear();
        try {
            TargetedReviewRequest renamed = reviews.rename(chosenId, currentUser.viewer(), newTitle);
            load();
            Pages.info(renamed.displayId() + " is now called \"" + renamed.title() + "\"");
            PrimeFaces.current().executeScript("PF('rename').hide()");
        } catch (InvalidInput refused) {
            errors.show(refused);
        } catch (RequestNotFound gone) {
            load();
        }
    }

    // ---- withdraw

    public void startWithdrawal(TargetedReviewRequest request) {
        errors.clear();
        chosenId = request.id();
        chosenHeading = request.displayId() + " (" + request.title() + ")";
    }

    public void withdraw() {
        try {
            TargetedReviewRequest withdrawn = reviews.withdraw(chosenId, currentUser.viewer());
            Pages.info(withdrawn.displayId() + " is withdrawn. It stays in your list, and it can no longer change.");
        } catch (InvalidInput refused) {
            errors.show(refused);
        }
        load();
    }

    // ---- what the page shows

    public boolean isWindowKnown() {
        return window != null;
    }

    public int getYear() {
        return window.performanceYear();
    }

    public boolean isWindowOpen() {
        return window.isOpenAt(now);
    }

    public boolean isWindowNotYetOpen() {
        return now.isBefore(window.opensAt());
    }

    /** "30 days left", or on the last day "Last day: closes today at 8 PM ET". */
    public String getTimeLeft() {
        return window.timeLeftAt(now);
    }

    public String getOpens() {
        return EasternTime.shortDay(window.opensAt());
    }

    public String getCloses() {
        return EasternTime.shortDay(window.closes());
    }

    public String getClosing() {
        return SubmissionWindow.describe(window.closes());
    }

    public boolean isExtended() {
        return window.isExtended();
    }

    /** How far through the window today is, for the progress bar: 0 to 100. */
    public int getWindowProgress() {
        long total = window.closes().getEpochSecond() - window.opensAt().getEpochSecond();
        long gone = now.getEpochSecond() - window.opensAt().getEpochSecond();
        return (int) Math.max(0, Math.min(100, gone * 100 / Math.max(1, total)));
    }

    public List<TargetedReviewRequest> getRequests() {
        return requests;
    }

    public boolean isOwn(TargetedReviewRequest request) {
        return request.ownerUsername().equals(currentUser.getUsername());
    }

    public boolean canChange(TargetedReviewRequest request) {
        return request.isChangeableBy(currentUser.getUsername());
    }

    public boolean canEdit(TargetedReviewRequest request) {
        return request.isEditableBy(currentUser.getUsername());
    }

    public FormErrors getErrors() {
        return errors;
    }

    public String getChosenHeading() {
        return chosenHeading;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public int getMaxTitle() {
        return TargetedReviewRequest.MAX_TITLE;
    }
}
