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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reviewdesk.reference.Tin;
import org.reviewdesk.validation.EmailAddress;
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
public class TargetedReviewRequest {

    public static final String DEFAULT_TITLE = "Untitled";
    public static final int MAX_TITLE = 100;
    public static final int MAX_EXPLANATION = 20_000;
    public static final int MAX_RELATIONSHIP_OTHER = 200;
    public static final int MAX_PRACTICE_NAME = 300;

    // The screens' and the PDF's (org.reviewdesk.document) labels of the fields, which error messages name.
    public static final String APPLICATION_TYPE = FormField.APPLICATION_TYPE.label();
    public static final String PRACTICE = FormField.GROUP_PRACTICE_NAME.label();
    public static final String PRACTICE_TIN = FormField.PRACTICE_TIN.label();
    public static final String TICKET = FormField.SERVICE_DESK_TICKET.label();
    public static final String EMAIL = FormField.EMAIL.label();
    public static final String RELATIONSHIP = FormField.RELATIONSHIP.label();
    static final String RELATIONSHIP_OTHER = FormField.RELATIONSHIP_DESCRIPTION.label();
    public static final String ADDITIONAL_ACCESS = FormField.ADDITIONAL_ACCESS.label();
    public static final String CATEGORIES = FormField.PERFORMANCE_CATEGORIES.label();
    public static final String ISSUE_TYPES = FormField.ISSUE_TYPES.label();
    public static final String EXPLANATION = FormField.EXPLANATION.label();
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

    @Enumerated(EnumType.STRING)
    @Column(name = "application_type", length = 20)
    private ApplicationType applicationType;

    /** The identifier of the application type (an NPI, TIN, virtual group or APM entity ID), as its rules keep it. */
    @Column(name = "identifier", length = 20)
    private String identifier;

    @Column(name = "party_name", length = 300)
    private String partyName;

    @Column(name = "clinician_type", length = 200)
    private String clinicianType;

    @Column(name = "practice_tin", length = 9)
    private String practiceTin;

    @Column(name = "practice_name", length = MAX_PRACTICE_NAME)
    private String practiceName;

    @Column(name = "practice_not_listed", nullable = false)
    private boolean practiceNotListed;

    @Column(name = "service_desk_ticket", length = 20)
    private String serviceDeskTicket;

    @Column(name = "contact_phone", length = 20)
    private String contactPhone;

    @Column(name = "contact_phone_ext", length = 6)
    private String contactPhoneExtension;

    @Column(name = "contact_email", length = 320)
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Relationship relationship;

    @Column(name = "relationship_other", length = MAX_RELATIONSHIP_OTHER)
    private String relationshipDescription;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_access_email", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "email", nullable = false, length = 320)
    private Set<String> additionalAccess = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_category", joinColumns = @JoinColumn(name = "request_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 40)
    private Set<PerformanceCategory> categories = EnumSet.noneOf(PerformanceCategory.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_issue_type", joinColumns = @JoinColumn(name = "request_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "issue_type", nullable = false, length = 40)
    private Set<IssueType> issueTypes = EnumSet.noneOf(IssueType.class);

    @Column(name = "explanation", length = MAX_EXPLANATION)
    private String explanation;

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

    // ---- step 4: application type and identifier

    /**
     * Sets the application type and its identifier, checked by the identifier's own rules.
     * Changing the type forgets the identifiers and details of the previous one.
     */
    public void identify(ApplicationType type, String identifier) {
        requireDraft();
        if (type == null) {
            throw new InvalidInput(
                    APPLICATION_TYPE,
                    "Choose how the data was submitted: Individual, Group, Virtual Group, APM Entity or Unknown");
        }
        String value = type.parseIdentifier(identifier);
        boolean changed = type != applicationType || !value.equals(this.identifier);
        if (changed) {
            partyName = null;
            clinicianType = null;
            practiceTin = null;
            practiceName = null;
            practiceNotListed = false;
        }
        applicationType = type;
        this.identifier = value;
    }

    /** The names found for the identifier in the participation reference data, or none on a lookup miss. */
    public void prePopulate(String partyName, String clinicianType) {
        requireDraft();
        this.partyName = blankToNull(partyName);
        this.clinicianType = blankToNull(clinicianType);
    }

    // ---- step 5a: details

    /** The group practice an individual billed under, chosen from the clinician's known practices. */
    public void choosePractice(String tinOfPractice, String nameOfPractice) {
        requireDraft();
        String name = blankToNull(nameOfPractice);
        if (name != null) {
            PlainText.line(name, PRACTICE, MAX_PRACTICE_NAME);
        }
        practiceTin = Tin.parse(tinOfPractice, PRACTICE).value();
        practiceName = name;
        practiceNotListed = false;
    }

    /** The practice is not in the reference data: the submitter gives its TIN. */
    public void practiceNotListed(String tinOfPractice) {
        requireDraft();
        practiceTin = Tin.parse(tinOfPractice, PRACTICE_TIN).value();
        practiceName = null;
        practiceNotListed = true;
    }

    public void serviceDeskTicket(String ticket) {
        requireDraft();
        String value = ticket == null ? "" : ticket.strip().toUpperCase(Locale.ROOT);
        if (!value.isEmpty() && !value.matches("[A-Z]{2,4}\\d{4,12}")) {
            throw new InvalidInput(
                    TICKET,
                    "A ticket number looks like CS0606124 (letters, then digits); leave it empty if you have none");
        }
        serviceDeskTicket = value.isEmpty() ? null : value;
    }

    // ---- step 5b: submitter

    /**
     * All of the submitter's contact details at once, each required: what an intake message
     * carries. The portal saves them one by one ({@link #contactPhone}, {@link #contactEmail},
     * {@link #relationship}) so that one wrong field never costs the others.
     */
    public void contact(PhoneNumber phone, String email, Relationship relationshipToParty, String otherDescription) {
        requireDraft();
        String address = EmailAddress.parse(email, EMAIL);
        if (relationshipToParty == null) {
            throw new InvalidInput(RELATIONSHIP, "Choose your relationship to the party the request is for");
        }
        if (relationshipToParty == Relationship.OTHER && blankToNull(otherDescription) == null) {
            throw new InvalidInput(RELATIONSHIP_OTHER, "You chose Other: describe your relationship to the party");
        }
        relationship(relationshipToParty, otherDescription);
        contactPhone(phone);
        contactEmail = address;
    }

    /** The submitter's phone number, or null to leave it out of the draft for now. */
    public void contactPhone(PhoneNumber phone) {
        requireDraft();
        contactPhone = phone == null ? null : phone.e164();
        contactPhoneExtension = phone == null ? null : phone.extension();
    }

    /** The submitter's e-mail address; a blank one leaves it out of the draft for now. */
    public void contactEmail(String email) {
        requireDraft();
        contactEmail = blankToNull(email) == null ? null : EmailAddress.parse(email, EMAIL);
    }

    /**
     * The submitter's relationship to the party, or null while not chosen; "Other" needs its
     * description before the request is submitted, not before the draft is saved.
     */
    public void relationship(Relationship relationshipToParty, String otherDescription) {
        requireDraft();
        String description = blankToNull(otherDescription);
        if (description != null) {
            PlainText.line(description, RELATIONSHIP_OTHER, MAX_RELATIONSHIP_OTHER);
        }
        relationship = relationshipToParty;
        relationshipDescription = relationshipToParty == Relationship.OTHER ? description : null;
    }

    // ---- step 5c: additional access

    public void grantAccess(Collection<String> emails) {
        requireDraft();
        Set<String> addresses = new LinkedHashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (String email : emails == null ? List.<String>of() : emails) {
            if (email == null || email.isBlank()) {
                continue;
            }
            try {
                addresses.add(EmailAddress.parse(email, ADDITIONAL_ACCESS));
            } catch (InvalidInput invalid) {
                errors.addAll(invalid.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (addresses.size() > 50) {
            throw new InvalidInput(ADDITIONAL_ACCESS, "List at most 50 addresses");
        }
        additionalAccess.clear();
        additionalAccess.addAll(addresses);
    }

    /**
     * The owner shares the request with one more address, also after it was submitted.
     *
     * @return the address as it is kept (lower case)
     */
    public String shareWith(String email) {
        String address = EmailAddress.parse(email, ADDITIONAL_ACCESS);
        if (additionalAccess.contains(address)) {
            throw new InvalidInput(ADDITIONAL_ACCESS, address + " has access already");
        }
        if (additionalAccess.size() >= 50) {
            throw new InvalidInput(ADDITIONAL_ACCESS, "List at most 50 addresses; remove one before you add another");
        }
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

    // ---- step 6 and 7a

    public void affect(Set<PerformanceCategory> affected) {
        requireDraft();
        categories.clear();
        if (affected != null) {
            categories.addAll(affected);
        }
    }

    /** The issue types and the explanation together, as an intake message carries them. */
    public void describeIssue(Set<IssueType> types, String explanationText) {
        requireDraft();
        String text = checkedExplanation(explanationText);
        issueTypes(types);
        explanation = text;
    }

    public void issueTypes(Set<IssueType> types) {
        requireDraft();
        issueTypes.clear();
        if (types != null) {
            issueTypes.addAll(types);
        }
    }

    /** The detailed explanation; a blank one leaves it out of the draft for now. */
    public void explain(String explanationText) {
        requireDraft();
        explanation = checkedExplanation(explanationText);
    }

    private static String checkedExplanation(String explanationText) {
        String text = explanationText == null ? null : explanationText.strip();
        if (text != null && text.length() > MAX_EXPLANATION) {
            throw new InvalidInput(
                    EXPLANATION,
                    "Keep the explanation under " + MAX_EXPLANATION + " characters (it has " + text.length()
                            + "); attach longer material as a document");
        }
        return blankToNull(PlainText.lines(text, EXPLANATION, MAX_EXPLANATION));
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
        List<FieldError> problems = new ArrayList<>();
        if (applicationType == null) {
            problems.add(new FieldError(APPLICATION_TYPE, "Choose the application type and enter its identifier"));
        } else if (identifier() == null) {
            problems.add(new FieldError(
                    applicationType.identifierLabel(), "Enter the " + applicationType.identifierLabel()));
        }
        if (applicationType != null && applicationType.practiceRequired() && practiceTin == null) {
            problems.add(new FieldError(
                    PRACTICE, "Choose the group practice the clinician billed under, or Not Listed with its TIN"));
        }
        if (contactPhone == null) {
            problems.add(new FieldError(PhoneNumber.FIELD, "Enter your phone number"));
        }
        if (contactEmail == null) {
            problems.add(new FieldError(EMAIL, "Enter your e-mail address"));
        }
        if (relationship == null) {
            problems.add(new FieldError(RELATIONSHIP, "Choose your relationship to the party"));
        } else if (relationship == Relationship.OTHER && relationshipDescription == null) {
            problems.add(
                    new FieldError(RELATIONSHIP_OTHER, "You chose Other: describe your relationship to the party"));
        }
        if (categories.isEmpty()) {
            problems.add(new FieldError(CATEGORIES, "Select at least one affected performance category"));
        }
        if (issueTypes.isEmpty()) {
            problems.add(new FieldError(ISSUE_TYPES, "Select at least one issue type"));
        }
        if (explanation == null) {
            problems.add(new FieldError(EXPLANATION, "Explain the issue you found in detail"));
        }
        return problems;
    }

    /**
     * Certifies and submits the request: it must be complete, and its year's window open.
     * Records who certified, when, and the exact disclosure text they agreed to.
     */
    public void submit(String certifiedBy, String disclosureText, SubmissionWindow window, Instant now) {
        requireDraft();
        if (window == null || window.performanceYear() != performanceYear) {
            throw new InvalidInput(
                    "Submission window",
                    "No submission window is set for performance year " + performanceYear
                            + "; ask the Targeted Review team when it opens");
        }
        List<FieldError> problems = problemsBeforeSubmission();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        window.requireOpenAt(now);
        certification = new Certification(certifiedBy, now, disclosureText);
        moveTo(RequestStatus.SUBMITTED_IN_REVIEW);
        submittedAt = now;
        updatedAt = now;
    }

    /** Withdraws the request for good; only before a decision. */
    public void withdraw(Instant now) {
        if (!status.canBecome(RequestStatus.WITHDRAWN)) {
            throw new InvalidInput(
                    STATUS,
                    "This request is " + status.label().toLowerCase(Locale.ROOT) + " and can no longer be withdrawn");
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

    private void requireDraft() {
        if (!status.isDraft()) {
            throw new InvalidInput(
                    STATUS,
                    "This request is " + status.label().toLowerCase(Locale.ROOT) + "; only drafts can be changed");
        }
    }

    private void requireOpen() {
        if (status.isClosed()) {
            throw new InvalidInput(
                    STATUS,
                    "This request is " + status.label().toLowerCase(Locale.ROOT)
                            + " and can no longer change; file a new request instead");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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

    public ApplicationType applicationType() {
        return applicationType;
    }

    /** The identifier of the application type, as its rules keep it; null while the draft has none. */
    public String identifier() {
        return identifier;
    }

    /** The identifier typed by the application type, or null while the draft has neither. */
    public PartyIdentifier partyIdentifier() {
        return party().identifier();
    }

    /** The clinician's NPI when the party is known by one (Individual, Unknown), else null. */
    public String npi() {
        return applicationType != null && applicationType.identifiedByNpi() ? identifier : null;
    }

    /** How the party of the request reads, wherever it is shown. */
    public Party party() {
        return Party.of(partyName, applicationType, identifier);
    }

    public String partyName() {
        return partyName;
    }

    public String clinicianType() {
        return clinicianType;
    }

    public String practiceTin() {
        return practiceTin;
    }

    public String practiceName() {
        return practiceName;
    }

    public boolean isPracticeNotListed() {
        return practiceNotListed;
    }

    public String serviceDeskTicket() {
        return serviceDeskTicket;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String contactPhoneExtension() {
        return contactPhoneExtension;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public Relationship relationship() {
        return relationship;
    }

    public String relationshipDescription() {
        return relationshipDescription;
    }

    public Set<String> additionalAccess() {
        return Collections.unmodifiableSet(additionalAccess);
    }

    public Set<PerformanceCategory> categories() {
        return Collections.unmodifiableSet(categories);
    }

    public Set<IssueType> issueTypes() {
        return Collections.unmodifiableSet(issueTypes);
    }

    public String explanation() {
        return explanation;
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
