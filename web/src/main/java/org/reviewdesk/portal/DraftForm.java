package org.reviewdesk.portal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reviewdesk.reference.PartyDetails;
import org.reviewdesk.reference.Practice;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.DraftChange;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;
import org.reviewdesk.request.PhoneNumber;
import org.reviewdesk.request.Relationship;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.validation.FormField;

/**
 * What the submitter typed on the editor's steps, kept while they move back and forth, and
 * the command each step saves ({@link #changeFor}). The request service and the draft decide
 * what is accepted; this form only carries the text from the page to them and back.
 */
public class DraftForm implements Serializable {

    /** The group-practice choice that means the clinician's practice is not in the reference data. */
    public static final String NOT_LISTED = "NOT_LISTED";

    private ApplicationType applicationType;
    private String identifier;
    private String title = TargetedReviewRequest.DEFAULT_TITLE;

    private boolean partyFound;
    private String partyName;
    private String clinicianType;
    private List<Practice> practices = List.of();
    private String practiceChoice;
    private String notListedTin;
    private String ticket;

    private String phone;
    private String extension;
    private String email;
    private Relationship relationship;
    private String relationshipOther;

    private List<String> additionalAccess = new ArrayList<>();
    // Arrays rather than lists, so that the check boxes convert their values to the enum by its type.
    private PerformanceCategory[] categories = {};
    private IssueType[] issueTypes = {};
    private String explanation;

    /** An empty form for a new draft; the submitter's own address is the contact address until they change it. */
    DraftForm(String signedInEmail) {
        this.email = signedInEmail;
    }

    /** Everything the draft has saved; its contact address, while it has none, is the submitter's own. */
    void load(TargetedReviewRequest request, Optional<PartyDetails> details, String signedInEmail) {
        applicationType = request.applicationType();
        identifier = request.identifier();
        title = request.title();
        loadDetails(request, details);
        ticket = request.serviceDeskTicket();
        phone = request.contactPhone() == null ? null : PhoneNumber.display(request.contactPhone(), null);
        extension = request.contactPhoneExtension();
        email = request.contactEmail() != null ? request.contactEmail() : signedInEmail;
        relationship = request.relationship();
        relationshipOther = request.relationshipDescription();
        additionalAccess = new ArrayList<>(request.additionalAccess());
        categories = request.categories().toArray(PerformanceCategory[]::new);
        issueTypes = request.issueTypes().toArray(IssueType[]::new);
        explanation = request.explanation();
    }

    /** What step 5a shows: the pre-populated names and the clinician's practices. */
    void loadDetails(TargetedReviewRequest request, Optional<PartyDetails> details) {
        partyName = request.partyName();
        clinicianType = request.clinicianType();
        partyFound = details.isPresent();
        practices = details.map(PartyDetails::practices).orElse(List.of());
        if (request.isPracticeNotListed()) {
            practiceChoice = NOT_LISTED;
            notListedTin = request.practiceTin();
        } else {
            practiceChoice = request.practiceTin();
            notListedTin = null;
        }
    }

    /** Step 4, which starts the draft or changes its party. */
    DraftChange.Identification identification() {
        return new DraftChange.Identification(applicationType, identifier, title);
    }

    /** The command that saves what the submitter typed on a step after the first. */
    DraftChange changeFor(EditorStep step) {
        return switch (step) {
            case TYPE -> identification();
            case DETAILS -> new DraftChange.Details(practice(), ticket);
            case SUBMITTER -> new DraftChange.Contact(phone, extension, email, relationship, relationshipOther);
            case ACCESS -> new DraftChange.Access(additionalAccess);
            case CATEGORIES -> new DraftChange.Categories(setOf(categories, PerformanceCategory.class));
            case ISSUE -> new DraftChange.Issue(setOf(issueTypes, IssueType.class), explanation);
            case DOCUMENTS -> new DraftChange.Documents();
        };
    }

    /** The practice chosen on step 5a; only a clinician's request names one. */
    private DraftChange.PracticeChoice practice() {
        if (!isIdentifiedByNpi() || practiceChoice == null) {
            return null;
        }
        return NOT_LISTED.equals(practiceChoice)
                ? DraftChange.PracticeChoice.notListed(notListedTin)
                : DraftChange.PracticeChoice.listed(practiceChoice, practiceNamed(practiceChoice));
    }

    private String practiceNamed(String tin) {
        return practices.stream()
                .filter(p -> p.tin().equals(tin))
                .map(Practice::legalName)
                .findFirst()
                .orElse(null);
    }

    private static <E extends Enum<E>> Set<E> setOf(E[] chosen, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        set.addAll(List.of(chosen));
        return set;
    }

    // ---- what the page reads and writes

    public ApplicationType[] getApplicationTypes() {
        return ApplicationType.values();
    }

    public Relationship[] getRelationships() {
        return Relationship.values();
    }

    public PerformanceCategory[] getAllCategories() {
        return PerformanceCategory.values();
    }

    public IssueType[] getAllIssueTypes() {
        return IssueType.values();
    }

    public int getMaxExplanation() {
        return TargetedReviewRequest.MAX_EXPLANATION;
    }

    public boolean isIdentifiedByNpi() {
        return applicationType != null && applicationType.identifiedByNpi();
    }

    public String getIdentifierLabel() {
        return applicationType == null ? "Identifier" : applicationType.identifierLabel();
    }

    /** The identifier's input, as the refusals name it: the application type's label says which. */
    public FormField getIdentifierField() {
        return FormField.labelled(getIdentifierLabel()).orElseThrow();
    }

    public String getIdentifierPlaceholder() {
        return applicationType == null ? "" : applicationType.identifierKind().placeholder();
    }

    public boolean isPartyFound() {
        return partyFound;
    }

    public ApplicationType getApplicationType() {
        return applicationType;
    }

    public void setApplicationType(ApplicationType applicationType) {
        this.applicationType = applicationType;
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPartyName() {
        return partyName;
    }

    public String getClinicianType() {
        return clinicianType;
    }

    public List<Practice> getPractices() {
        return practices;
    }

    public String getPracticeChoice() {
        return practiceChoice;
    }

    public void setPracticeChoice(String practiceChoice) {
        this.practiceChoice = practiceChoice;
    }

    public boolean isPracticeNotListed() {
        return NOT_LISTED.equals(practiceChoice);
    }

    public String getNotListedTin() {
        return notListedTin;
    }

    public void setNotListedTin(String notListedTin) {
        this.notListedTin = notListedTin;
    }

    public String getTicket() {
        return ticket;
    }

    public void setTicket(String ticket) {
        this.ticket = ticket;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getExtension() {
        return extension;
    }

    public void setExtension(String extension) {
        this.extension = extension;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public void setRelationship(Relationship relationship) {
        this.relationship = relationship;
    }

    public boolean isOtherRelationship() {
        return relationship == Relationship.OTHER;
    }

    public String getRelationshipOther() {
        return relationshipOther;
    }

    public void setRelationshipOther(String relationshipOther) {
        this.relationshipOther = relationshipOther;
    }

    public List<String> getAdditionalAccess() {
        return additionalAccess;
    }

    public void setAdditionalAccess(List<String> additionalAccess) {
        this.additionalAccess = additionalAccess == null ? new ArrayList<>() : new ArrayList<>(additionalAccess);
    }

    public PerformanceCategory[] getCategories() {
        return categories;
    }

    public void setCategories(PerformanceCategory[] categories) {
        this.categories = categories == null ? new PerformanceCategory[0] : categories;
    }

    public IssueType[] getIssueTypes() {
        return issueTypes;
    }

    public void setIssueTypes(IssueType[] issueTypes) {
        this.issueTypes = issueTypes == null ? new IssueType[0] : issueTypes;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }
}
