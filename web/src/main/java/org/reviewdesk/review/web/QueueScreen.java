package org.reviewdesk.review.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reviewdesk.request.CaseDays;
import org.reviewdesk.request.CaseEvent;
import org.reviewdesk.request.CaseHistory;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.review.Assignments;
import org.reviewdesk.review.CaseChanged;
import org.reviewdesk.review.CaseQueue;
import org.reviewdesk.review.CaseQueues;
import org.reviewdesk.review.CaseSummary;
import org.reviewdesk.review.QueueQuery;
import org.reviewdesk.review.ReviewWork;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;
import org.reviewdesk.security.web.CurrentUser;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.web.FormErrors;
import org.reviewdesk.web.Pages;
import org.reviewdesk.web.Selection;

/** The reviewer workspace's queues: pick a queue and filters, page through it, claim, take the next case; supervisors reassign. */
@Named
@ViewScoped
public class QueueScreen implements Serializable {

    @EJB
    CaseQueues queues;

    @EJB
    Assignments assignments;

    @EJB
    ReviewWork work;

    @EJB
    UserAccounts accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private final FormErrors errors = new FormErrors();
    private CaseQueue queue;
    private IssueType issueType;
    private Integer performanceYear;
    private String reviewer;
    private boolean newestFirst;
    private CaseQueueModel model;
    private Map<String, String> names;
    /** The supervisor's ticks, by case ID; they stay while the supervisor pages, until the cases are reassigned. */
    private final Selection selected = new Selection();

    private final Reassignment reassignment = new Reassignment();

    @PostConstruct
    void start() {
        queue = CaseQueue.MINE;
        model = new CaseQueueModel(queues, this::query, currentUser::viewer);
        names = accounts.reviewStaff().stream()
                .collect(Collectors.toMap(UserAccount::username, UserAccount::displayName));
    }

    QueueQuery query() {
        return new QueueQuery(
                queue,
                issueType,
                performanceYear,
                currentUser.viewer().supervises() ? blankToNull(reviewer) : null,
                newestFirst);
    }

    public void show(CaseQueue shown) {
        queue = shown;
        selected.clear();
    }

    public long count(CaseQueue counted) {
        return queues.count(
                new QueueQuery(
                        counted,
                        issueType,
                        performanceYear,
                        currentUser.viewer().supervises() ? blankToNull(reviewer) : null,
                        false),
                currentUser.viewer());
    }

    /** Claims the oldest unassigned case this reviewer handles and opens it. */
    public void next() {
        Optional<TargetedReviewRequest> taken = assignments.next(currentUser.viewer());
        if (taken.isEmpty()) {
            Pages.info("No unassigned case is waiting for you");
            return;
        }
        Pages.flash("You took " + taken.get().displayId() + " as your next case");
        Pages.redirect("/reviewer/case.xhtml?id=" + taken.get().id());
    }

    public void claim(CaseSummary row) {
        try {
            assignments.claim(row.id(), currentUser.viewer(), row.version());
            Pages.info("You claimed " + row.displayId() + "; it is in My cases");
        } catch (CaseChanged changed) {
            List<CaseEvent> changes = work.changesSince(changed);
            String what = changes.isEmpty()
                    ? "someone changed it"
                    : changes.getLast().actorName() + " "
                            + changes.getLast().action().label().toLowerCase() + " it";
            Pages.message(FacesMessage.SEVERITY_WARN, row.displayId() + " was not claimed: " + what + " a moment ago");
        } catch (InvalidInput refused) {
            Pages.message(
                    FacesMessage.SEVERITY_WARN, refused.errors().getFirst().message());
        }
    }

    public void reassignSelected() {
        errors.clear();
        try {
            List<Long> chosen = getSelectedIds();
            List<TargetedReviewRequest> moved = assignments.reassign(
                    chosen, reassignment.getReviewer(), reassignment.getReason(), currentUser.viewer());
            Pages.info(reassignment.outcome(moved.size(), chosen.size(), nameOf(reassignment.getReviewer())));
            selected.clear();
            reassignment.done();
        } catch (InvalidInput refused) {
            errors.show(refused);
        }
    }

    // ---- what the page shows

    public List<CaseQueue> getQueues() {
        return Arrays.asList(CaseQueue.values());
    }

    public List<IssueType> getIssueTypes() {
        return Arrays.asList(IssueType.values());
    }

    public List<Integer> getYears() {
        return queues.years();
    }

    public List<UserAccount> getReviewers() {
        return accounts.reviewStaff();
    }

    public String nameOf(String username) {
        return username == null ? CaseHistory.UNASSIGNED : names.getOrDefault(username, username);
    }

    public long ageInDays(CaseSummary row) {
        return row.ageInDays(clock.instant());
    }

    /** Highlights a documentation deadline due soon, or past, by the rule the case page uses. */
    public String dueStyle(CaseSummary row) {
        if (row.documentationDueAt() == null) {
            return "";
        }
        Instant now = clock.instant();
        Instant due = row.documentationDueAt();
        return CaseDays.isOverdue(now, due) ? "rd-due-overdue" : CaseDays.isDueSoon(now, due) ? "rd-due-soon" : "";
    }

    public String issueTypesOf(CaseSummary row) {
        return row.issueTypes().stream().map(IssueType::label).collect(Collectors.joining(", "));
    }

    public boolean isSupervisor() {
        return currentUser.viewer().supervises();
    }

    /**
     * Whether the signed-in person reviews (Next case, Claim). Not "isReviewer": a boolean property of that name would
     * hide the supervisor's reviewer filter ({@link #getReviewer}) from the page, which could then not set it.
     */
    public boolean isReviewing() {
        return currentUser.viewer().reviews();
    }

    public Instant getNow() {
        return clock.instant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    // ---- getters and setters

    public CaseQueue getQueue() {
        return queue;
    }

    /** The queue a link names (?queue=ALL_OPEN, from the supervisor's dashboard); the tabs use {@link #show}. */
    public void setQueue(CaseQueue queue) {
        if (queue != null) {
            this.queue = queue;
        }
    }

    public CaseQueueModel getModel() {
        return model;
    }

    public IssueType getIssueType() {
        return issueType;
    }

    public void setIssueType(IssueType issueType) {
        this.issueType = issueType;
    }

    public Integer getPerformanceYear() {
        return performanceYear;
    }

    public void setPerformanceYear(Integer performanceYear) {
        this.performanceYear = performanceYear;
    }

    public String getReviewer() {
        return reviewer;
    }

    public void setReviewer(String reviewer) {
        this.reviewer = reviewer;
    }

    public boolean isNewestFirst() {
        return newestFirst;
    }

    public void setNewestFirst(boolean newestFirst) {
        this.newestFirst = newestFirst;
    }

    public Map<Long, Boolean> getSelected() {
        return selected.marks();
    }

    public List<Long> getSelectedIds() {
        return selected.ids();
    }

    public Reassignment getReassignment() {
        return reassignment;
    }

    public FormErrors getErrors() {
        return errors;
    }
}
