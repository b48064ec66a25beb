package org.reviewdesk.review.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.reviewdesk.request.CaseDays;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.review.Assignments;
import org.reviewdesk.review.ReviewerWorkload;
import org.reviewdesk.security.web.CurrentUser;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.web.FormErrors;
import org.reviewdesk.web.Pages;

/** The supervisor's workload view: open work per reviewer, what each handles, and automatic assignment. */
@Named
@ViewScoped
public class WorkloadScreen implements Serializable {

    @EJB
    Assignments assignments;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private final FormErrors errors = new FormErrors();
    private List<ReviewerWorkload> workload = List.of();
    private boolean automatic;
    private String editing;
    private String editingName;
    private IssueType[] editedTypes = {};
    private boolean editedAccepting;

    @PostConstruct
    void load() {
        workload = assignments.workload(currentUser.viewer());
        automatic = assignments.isAutomatic();
    }

    public void switchAutomatic() {
        assignments.switchAutomatic(!automatic, currentUser.viewer());
        load();
        Pages.info(
                automatic
                        ? "Automatic assignment is on: new cases go to the least busy reviewer of their issue types"
                        : "Automatic assignment is off: new cases wait in the unassigned queue");
    }

    public void edit(ReviewerWorkload reviewer) {
        errors.clear();
        editing = reviewer.username();
        editingName = reviewer.displayName();
        editedTypes = reviewer.issueTypes().toArray(IssueType[]::new);
        editedAccepting = reviewer.issueTypes().isEmpty() || reviewer.acceptingCases();
    }

    public void save() {
        errors.clear();
        try {
            assignments.setUp(editing, List.of(editedTypes), editedAccepting, currentUser.viewer());
            Pages.info(editingName + " now handles "
                    + (editedTypes.length == 0
                            ? "no issue types"
                            : Arrays.stream(editedTypes).map(IssueType::label).collect(Collectors.joining(", ")))
                    + (editedAccepting ? "" : " and takes no new cases"));
            load();
        } catch (InvalidInput refused) {
            errors.show(refused);
        }
    }

    public String issueTypesOf(ReviewerWorkload reviewer) {
        return reviewer.issueTypes().isEmpty()
                ? "None set (gets no cases automatically)"
                : reviewer.issueTypes().stream().map(IssueType::label).collect(Collectors.joining(", "));
    }

    public String oldestAge(ReviewerWorkload reviewer) {
        return reviewer.oldestSubmittedAt() == null
                ? "—"
                : CaseDays.ageInDays(reviewer.oldestSubmittedAt(), null, null, clock.instant()) + " d";
    }

    public List<IssueType> getIssueTypes() {
        return Arrays.asList(IssueType.values());
    }

    public List<ReviewerWorkload> getWorkload() {
        return workload;
    }

    public boolean isAutomatic() {
        return automatic;
    }

    public String getEditingName() {
        return editingName;
    }

    public IssueType[] getEditedTypes() {
        return editedTypes;
    }

    public void setEditedTypes(IssueType[] editedTypes) {
        this.editedTypes = editedTypes == null ? new IssueType[0] : editedTypes;
    }

    public boolean isEditedAccepting() {
        return editedAccepting;
    }

    public void setEditedAccepting(boolean editedAccepting) {
        this.editedAccepting = editedAccepting;
    }

    public FormErrors getErrors() {
        return errors;
    }
}
