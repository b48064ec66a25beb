package org.reviewdesk.request;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reviewdesk.validation.FieldError;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.PlainText;

/**
 * A Targeted Review request (a "case"): what the submitter filed, its status and its
 * certification. It guards its own rules: only drafts are edited, a request is submitted
 * only when complete, certified and inside its year's window, and a decided or withdrawn
 * request never changes again.
 */
@Entity
@Table(
        name = "review_request",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "review_request_year_number",
                        columnNames = {"performance_year", "number"}))
public class TargetedReviewRequest extends RequestContent {

    public static final String DEFAULT_TITLE = "Untitled";
    public static final int MAX_TITLE = 100;
    public static final String ADDITIONAL_ACCESS = FormField.ADDITIONAL_ACCESS.label();
    static final String TITLE = FormField.TITLE.label();
    static final String STATUS = "Status";

    @Id
    @SequenceGenerator(name = "review_request_seq", sequenceName = "review_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_request_seq")
    private Long id;

    @Column(name = "performance_year", nullable = false)
    private int performanceYear;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = MAX_TITLE)
    private String title = DEFAULT_TITLE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RequestStatus status = RequestStatus.DRAFT_IN_PROGRESS;

    @Column(name = "owner_username", nullable = false, length = 100)
    private String ownerUsername;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_access_email", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "email", nullable = false, length = 320)
    private Set<String> additionalAccess = new LinkedHashSet<>();

    @Embedded
    private Certification certification;

    @Column(name = "last_step", length = 20)
    private String lastStep;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "assigned_reviewer", length = 100)
    private String assignedReviewer;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "documentation_due_at")
    private Instant documentationDueAt;

    @Embedded
    private Decision decision;

    @Version
    private long version;

    protected TargetedReviewRequest() {}

    /** A new draft of the submitter, numbered within its performance year. */
    public TargetedReviewRequest(String ownerUsername, int performanceYear, int number, Instant now) {
        this.ownerUsername = ownerUsername;
        this.performanceYear = performanceYear;
        this.number = number;
        this.createdAt = now;
        this.updatedAt = now;
    }

    // ---- step 5c: additional access

    public void grantAccess(Collection<String> emails) {
        requireDraft();
        Set<String> addresses = AccessList.parse(emails);
        additionalAccess.clear();
        additionalAccess.addAll(addresses);
    }

    /**
     * The owner shares the request with one more address, also after it was submitted.
     *
     * @return the address as it is kept (lower case)
     */
    public String shareWith(String email) {
        String address = AccessList.oneMore(email, additionalAccess);
        additionalAccess.add(address);
        return address;
    }

    /** The owner takes an address off the list: from now on it neither sees the request nor hears of it. */
    public String unshare(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!additionalAccess.remove(address)) {
            throw new InvalidInput(
                    ADDITIONAL_ACCESS, "\"" + address + "\" is not on the list of addresses with access");
        }
        return address;
    }

    // ---- any time

    /** A name for the submitter's own reference. Not for decided or withdrawn requests. */
    public void rename(String newTitle) {
        requireOpen();
        String value = newTitle == null ? "" : newTitle.strip();
        if (value.isEmpty()) {
            throw new InvalidInput(TITLE, "Enter a name, or keep \"" + DEFAULT_TITLE + "\"");
        }
        title = PlainText.line(value, TITLE, MAX_TITLE);
    }

    /** Remembers the step the submitter last saved, to resume there. */
    public void savedAt(String step, Instant now) {
        requireOpen();
        lastStep = step;
        updatedAt = now;
        if (status.isDraft()) {
            moveTo(
                    problemsBeforeSubmission().isEmpty()
                            ? RequestStatus.DRAFT_COMPLETE
                            : RequestStatus.DRAFT_IN_PROGRESS);
        }
    }

    /** Everything still missing before this draft can be submitted, each with what to do. */
    public List<FieldError> problemsBeforeSubmission() {
        return SubmissionChecks.problemsOf(this);
    }

    /**
     * Certifies and submits the request: it must be complete, and its year's window open.
     * Records who certified, when, and the exact disclosure text they agreed to.
     */
    public void submit(String certifiedBy, String disclosureText, SubmissionWindow window, Instant now) {
        requireDraft();
        SubmissionChecks.requireSubmittable(this, window, now);
        certification = new Certification(certifiedBy, now, disclosureText);
        moveTo(RequestStatus.SUBMITTED_IN_REVIEW);
        submittedAt = now;
        updatedAt = now;
    }

    /** Withdraws the request for good; only before a decision. */
    public void withdraw(Instant now) {
        if (!status.canBecome(RequestStatus.WITHDRAWN)) {
            throw refusedAsItIs(" and can no longer be withdrawn");
        }
        moveTo(RequestStatus.WITHDRAWN);
        withdrawnAt = now;
        documentationDueAt = null;
        updatedAt = now;
    }

    // ---- review

    /** Whether it is waiting for review staff: submitted and not yet decided or withdrawn. */
    public boolean isInReview() {
        return status == RequestStatus.SUBMITTED_IN_REVIEW;
    }

    /** Gives the case to a reviewer (or takes it from whoever had it); only while it is in review. */
    public void assignTo(String reviewer, Instant now) {
        requireInReview("assigned");
        if (reviewer == null || reviewer.isBlank()) {
            throw new InvalidInput(FormField.REVIEWER, "Choose the reviewer to assign the case to");
        }
        assignedReviewer = reviewer;
        assignedAt = now;
        updatedAt = now;
    }

    public boolean isAssignedTo(String reviewer) {
        return assignedReviewer != null && assignedReviewer.equals(reviewer);
    }

    /** The case now waits for documentation from the submitter until {@code dueAt}. */
    public void awaitDocumentation(Instant dueAt, Instant now) {
        requireInReview("sent a documentation request");
        if (documentationDueAt != null) {
            throw new InvalidInput(
                    "Documentation request",
                    "This case already waits for documentation until the due date shown;"
                            + " wait for the answer or its lapse before asking again");
        }
        documentationDueAt = dueAt;
        updatedAt = now;
    }

    /** The submitter answered the documentation request: the clock stops. */
    public void documentationReceived(Instant now) {
        documentationDueAt = null;
        updatedAt = now;
    }

    /** Approves or denies the case for good; the decision's reason says which. */
    public void decide(Decision made) {
        requireInReview("decided");
        moveTo(made.outcome());
        decision = made;
        documentationDueAt = null;
        updatedAt = made.decidedAt();
    }

    private void requireInReview(String what) {
        if (!isInReview()) {
            throw new InvalidInput(
                    STATUS,
                    "This case is " + status.label().toLowerCase(Locale.ROOT) + " and can no longer be " + what);
        }
    }

    /** Whether this user may edit it: only its submitter, and only while it is a draft. */
    public boolean isEditableBy(String username) {
        return status.isDraft() && ownerUsername.equals(username);
    }

    /** Whether this user may still rename or withdraw it: its submitter, until it is decided or withdrawn. */
    public boolean isChangeableBy(String username) {
        return !status.isClosed() && ownerUsername.equals(username);
    }

    /** Whether it was certified and filed: until then it is a draft of its submitter's, which staff never see (DESIGN §7). */
    public boolean isFiled() {
        return submittedAt != null;
    }

    /** Whether this user may see the request: its submitter, or someone it was shared with by e-mail. */
    public boolean isVisibleToSubmitter(String username, String email) {
        return ownerUsername.equals(username)
                || (email != null && additionalAccess.contains(email.toLowerCase(Locale.ROOT)));
    }

    private void moveTo(RequestStatus next) {
        if (!status.canBecome(next)) {
            throw new IllegalStateException("A request that is " + status + " cannot become " + next);
        }
        status = next;
    }

    @Override
    protected void requireDraft() {
        if (!status.isDraft()) {
            throw refusedAsItIs("; only drafts can be changed");
        }
    }

    private void requireOpen() {
        if (status.isClosed()) {
            throw refusedAsItIs(" and can no longer change; file a new request instead");
        }
    }

    /** "This request is submitted – in review" and why that refuses the change. */
    private InvalidInput refusedAsItIs(String why) {
        return new InvalidInput(STATUS, "This request is " + status.label().toLowerCase(Locale.ROOT) + why);
    }

    // ---- reading

    public Long id() {
        return id;
    }

    /** "2020 TARGETED REVIEW ID: 17". */
    public String displayId() {
        return performanceYear + " TARGETED REVIEW ID: " + number;
    }

    public int performanceYear() {
        return performanceYear;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public RequestStatus status() {
        return status;
    }

    public String ownerUsername() {
        return ownerUsername;
    }

    public Set<String> additionalAccess() {
        return Collections.unmodifiableSet(additionalAccess);
    }

    public Certification certification() {
        return certification;
    }

    public String lastStep() {
        return lastStep;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    /** The reviewer working the case, or null while it is unassigned. */
    public String assignedReviewer() {
        return assignedReviewer;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    /** When the open documentation request lapses, or null when the case waits for none. */
    public Instant documentationDueAt() {
        return documentationDueAt;
    }

    /** The decision, or null before one is made. */
    public Decision decision() {
        return decision;
    }

    public long version() {
        return version;
    }
}
