package org.reviewdesk.request;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.reviewdesk.reference.Tin;
import org.reviewdesk.validation.EmailAddress;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.PlainText;

/**
 * What a Targeted Review request says, steps 4 to 7 of the submitter guide: the party and its
 * identifier, the practice, the submitter's contact details, the categories and the issue, each
 * with its field's rules. {@link TargetedReviewRequest} adds what makes it a case (its number,
 * status, certification and review) and decides when it may change ({@link #requireDraft}).
 * <p>
 * A mapped superclass rather than embeddables: the columns stay those of {@code review_request}
 * and every reader keeps the accessors it had ({@code request.contactEmail()}...).
 */
@MappedSuperclass
public abstract class RequestContent {

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
    public static final String CATEGORIES = FormField.PERFORMANCE_CATEGORIES.label();
    public static final String ISSUE_TYPES = FormField.ISSUE_TYPES.label();
    public static final String EXPLANATION = FormField.EXPLANATION.label();

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

    /** Refuses the change unless the request is still a draft. */
    protected abstract void requireDraft();

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // ---- reading

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

    public Set<PerformanceCategory> categories() {
        return Collections.unmodifiableSet(categories);
    }

    public Set<IssueType> issueTypes() {
        return Collections.unmodifiableSet(issueTypes);
    }

    public String explanation() {
        return explanation;
    }
}
