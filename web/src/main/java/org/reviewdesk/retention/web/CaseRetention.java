package org.reviewdesk.retention.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.reviewdesk.configuration.EasternTime;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.retention.LegalHold;
import org.reviewdesk.retention.LegalHolds;
import org.reviewdesk.retention.RetentionPeriod;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.web.FormErrors;
import org.reviewdesk.web.Pages;

/** Retention on the staff case page: the day the case may be purged, its legal hold, and the administrator's hold and release. */
@Named
@ViewScoped
public class CaseRetention implements Serializable {

    @EJB
    LegalHolds holds;

    private final FormErrors errors = new FormErrors();
    private String reason;
    private Long loadedFor;
    private LegalHold hold;

    /** "January 1, 2026": the first day the case may be purged. */
    public String purgeDay(TargetedReviewRequest request) {
        return EasternTime.day(RetentionPeriod.firstPurgeDay(request.performanceYear()));
    }

    public String lastDayKept(TargetedReviewRequest request) {
        return EasternTime.day(RetentionPeriod.lastDayKept(request.performanceYear()));
    }

    /** The hold in force on the case, read once per view and again after a change. */
    public LegalHold holdOf(long requestId) {
        if (loadedFor == null || loadedFor != requestId) {
            hold = holds.of(requestId).orElse(null);
            loadedFor = requestId;
        }
        return hold;
    }

    public void place(long requestId) {
        act(
                requestId,
                () -> holds.place(requestId, reason),
                "The case is on legal hold: no purge removes it until the hold is released");
    }

    public void release(long requestId) {
        act(
                requestId,
                () -> holds.release(requestId, reason),
                "The legal hold is released: the case is purged once its date has passed");
    }

    /** Done, the case page opens again, so its audit trail shows the hold with the rest. */
    private void act(long requestId, Runnable change, String done) {
        errors.clear();
        try {
            change.run();
            Pages.flash(done);
            Pages.redirect("/reviewer/case.xhtml?id=" + requestId);
        } catch (InvalidInput refused) {
            errors.show(refused);
        }
    }

    public static String day(LocalDate day) {
        return day == null ? "" : EasternTime.day(day);
    }

    public FormErrors getErrors() {
        return errors;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public FormField getReasonField() {
        return FormField.LEGAL_HOLD_REASON;
    }
}
