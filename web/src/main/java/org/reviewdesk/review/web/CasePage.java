package org.reviewdesk.review.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.reviewdesk.attachment.Attachment;
import org.reviewdesk.attachment.AttachmentNotFound;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.attachment.ExtractedText;
import org.reviewdesk.caseview.CaseFile;
import org.reviewdesk.caseview.CaseView;
import org.reviewdesk.comment.web.Conversation;
import org.reviewdesk.request.CaseDays;
import org.reviewdesk.request.CaseEvent;
import org.reviewdesk.request.CaseHistory;
import org.reviewdesk.request.RequestNotFound;
import org.reviewdesk.request.SubmissionWindow;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.review.Assignments;
import org.reviewdesk.review.CaseChanged;
import org.reviewdesk.review.Decisions;
import org.reviewdesk.review.DocumentationRequests;
import org.reviewdesk.review.ReviewWork;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;
import org.reviewdesk.security.web.CurrentUser;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.web.FormErrors;
import org.reviewdesk.web.Pages;

/**
 * The staff case page: everything filed, the files with their text, the documentation clock,
 * the conversation, the status history and audit trail, and the reviewer's actions. Every
 * action names the version of the case this page showed; when someone else changed the case
 * meanwhile, the page says what changed, shows the case as it is now, and keeps what was typed.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

    /** The preview shows the start of a document; the file itself is a click away. */
    static final int PREVIEW_CHARACTERS = 20_000;

    @EJB
    CaseView caseView;

    @EJB
    ReviewWork work;

    @EJB
    Assignments assignments;

    @EJB
    DocumentationRequests documentationRequests;

    @EJB
    Decisions decisions;

    @EJB
    CaseHistory history;

    @EJB
    Attachments attachments;

    @EJB
    UserAccounts accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    Conversation conversation;

    @Inject
    Clock clock;

    private final FormErrors errors = new FormErrors();
    private Long id;
    private CaseFile shown;
    private List<CaseEvent> conflict = List.of();

    private String whatIsNeeded;
    private final DecisionForm decision = new DecisionForm();
    private final Reassignment reassignment = new Reassignment();
    private Attachment previewed;
    private ExtractedText preview;

    public void open() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            load();
            conversation.open(id);
        } catch (RequestNotFound notFound) {
            Pages.notFound();
        }
    }

    private void load() {
        shown = caseView.of(id, currentUser.viewer());
    }

    // ---- actions

    public void claim() {
        act(() -> assignments.claim(id, currentUser.viewer(), shown.version()), "You claimed this case");
    }

    public void askForDocumentation() {
        if (act(
                () -> documentationRequests.ask(id, currentUser.viewer(), shown.version(), whatIsNeeded),
                "Documentation requested; the submitter was e-mailed")) {
            whatIsNeeded = null;
        }
    }

    /** The first step of a decision: checks it as the case will, then asks for confirmation. */
    public void reviewDecision() {
        errors.clear();
        conflict = List.of();
        try {
            decision.review(currentUser.getUsername(), clock.instant());
        } catch (InvalidInput refused) {
            errors.show(refused);
        }
    }

    public void confirmDecision() {
        decision.back();
        if (act(
                () -> decisions.decide(
                        id, currentUser.viewer(), shown.version(), decision.getReason(), decision.getNarrative()),
                "Decision recorded; the submitter and everyone on the request were e-mailed")) {
            decision.done();
        }
    }

    public void reassign() {
        if (act(
                () -> assignments.reassign(
                        List.of(id), reassignment.getReviewer(), reassignment.getReason(), currentUser.viewer()),
                "Case reassigned; the reviewers were e-mailed")) {
            reassignment.done();
        }
    }

    public void preview(long attachmentId) {
        try {
            previewed = attachments.find(attachmentId, currentUser.viewer());
            preview = attachments.textOf(attachmentId, currentUser.viewer(), PREVIEW_CHARACTERS);
        } catch (AttachmentNotFound gone) {
            previewed = null;
            preview = null;
        }
    }

    /**
     * Runs an action on the case; on a refusal or a conflict keeps everything typed, shows why,
     * and shows the case as it is now.
     */
    private boolean act(Runnable action, String done) {
        errors.clear();
        conflict = List.of();
        try {
            action.run();
            Pages.info(done);
            load();
            conversation.open(id);
            return true;
        } catch (CaseChanged changed) {
            conflict = work.changesSince(changed);
            load();
            conversation.open(id);
        } catch (InvalidInput refused) {
            errors.show(refused);
            load();
        }
        return false;
    }

    // ---- what the page shows

    public String getAssignee() {
        return history.reviewerName(shown.filed().assignedReviewer());
    }

    public long getAgeInDays() {
        TargetedReviewRequest filed = shown.filed();
        Instant left = filed.decision() != null ? filed.decision().decidedAt() : filed.withdrawnAt();
        return CaseDays.ageInDays(filed.submittedAt(), filed.createdAt(), left, clock.instant());
    }

    /** "30 days left", "due today at 3:04 PM ET", "overdue": for the open documentation request. */
    public String getTimeLeft() {
        Instant due = shown.filed().documentationDueAt();
        if (due == null) {
            return "";
        }
        Instant now = clock.instant();
        return now.isBefore(due) ? SubmissionWindow.timeLeft(now, due, "due") : "overdue";
    }

    public String getClockStyle() {
        Instant due = shown.filed().documentationDueAt();
        if (due == null) {
            return "";
        }
        Instant now = clock.instant();
        return CaseDays.isOverdue(now, due) ? "rd-clock-overdue" : CaseDays.isDueSoon(now, due) ? "rd-clock-soon" : "";
    }

    public List<UserAccount> getReviewers() {
        return accounts.reviewStaff();
    }

    public String nameOf(String username) {
        return username == null ? "" : history.nameOf(username);
    }

    public boolean isCommentFile(Attachment file) {
        return file.commentId() != null;
    }

    // ---- getters and setters

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The case as this page last read it: see {@link CaseView}. */
    public CaseFile getShown() {
        return shown;
    }

    public List<CaseEvent> getConflict() {
        return conflict;
    }

    public FormErrors getErrors() {
        return errors;
    }

    public String getWhatIsNeeded() {
        return whatIsNeeded;
    }

    public void setWhatIsNeeded(String whatIsNeeded) {
        this.whatIsNeeded = whatIsNeeded;
    }

    /** What the reviewer chose and wrote in the decision dialog. */
    public DecisionForm getDecision() {
        return decision;
    }

    public Reassignment getReassignment() {
        return reassignment;
    }

    public Attachment getPreviewed() {
        return previewed;
    }

    public ExtractedText getPreview() {
        return preview;
    }
}
