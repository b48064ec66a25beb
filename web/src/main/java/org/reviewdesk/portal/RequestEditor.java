package org.reviewdesk.portal;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.reviewdesk.attachment.Attachment;
import org.reviewdesk.attachment.AttachmentPolicy;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.intake.PortalIntake;
import org.reviewdesk.reference.PartyDetails;
import org.reviewdesk.reference.Practice;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.Disclosure;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;
import org.reviewdesk.request.PhoneNumber;
import org.reviewdesk.request.Relationship;
import org.reviewdesk.request.RequestNotFound;
import org.reviewdesk.request.SubmissionWindows;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.request.TargetedReviews;
import org.reviewdesk.security.Viewer;
import org.reviewdesk.security.web.CurrentUser;
import org.reviewdesk.validation.FieldError;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.web.FormErrors;
import org.reviewdesk.web.Pages;

/**
 * The guided steps 4 to 8 of filing a request. The form keeps what was typed on every step
 * while the submitter moves back and forth; each save goes to the domain, which decides.
 */
@Named
@ViewScoped
public class RequestEditor implements Serializable {

    /** The group-practice choice that means the clinician's practice is not in the reference data. */
    public static final String NOT_LISTED = "NOT_LISTED";

    private static final int INTAKE_PATIENCE_POLLS = 50;

    @EJB
    TargetedReviews reviews;

    @EJB
    Attachments attachments;

    @EJB
    SubmissionWindows windows;

    @EJB
    PortalIntake portalIntake;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestDisplay display;

    private final FormErrors errors = new FormErrors();

    private Long id;
    private Integer performanceYear;
    private long version;
    private EditorStep step = EditorStep.TYPE;
    private String heading;
    private String party;
    private boolean saved = true;
    /** What the last save refused, as the save indicator says it; null when everything was saved. */
    private String notSaved;

    private boolean partyFound;

    private ApplicationType applicationType;
    private String identifier;
    private String title = TargetedReviewRequest.DEFAULT_TITLE;

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

    private List<Attachment> files = List.of();
    private List<FieldError> problems = List.of();

    /** Opens a draft of the submitter's where they left it, or a new one. */
    public void open() {
        if (id == null) {
            heading = "New targeted review";
            email = currentUser.getEmail();
            try {
                performanceYear = windows.current(clock.instant()).performanceYear();
            } catch (InvalidInput noWindowYet) {
                Pages.message(
                        FacesMessage.SEVERITY_WARN,
                        noWindowYet.errors().getFirst().message());
            }
            return;
        }
        TargetedReviewRequest request;
        try {
            request = reviews.find(id, viewer());
        } catch (RequestNotFound notFound) {
            Pages.notFound();
            return;
        }
        if (!request.isEditableBy(viewer().username())) {
            Pages.redirect("/submitter/request.xhtml?id=" + id);
            return;
        }
        load(request);
        step = EditorStep.ofKey(request.lastStep());
    }

    // ---- moving between steps

    public void save() {
        if (saveStep()) {
            Pages.info("All changes saved");
        }
    }

    public void saveAndContinue() {
        if (saveStep()) {
            step = step.next();
        }
    }

    public void saveAndClose() {
        if (saveStep()) {
            Pages.flash(heading + " is saved as a draft. Open it from this list to continue where you left off.");
            Pages.redirect("/submitter/home.xhtml");
        }
    }

    /** Goes back without losing what was typed: saved if the domain accepts it, else kept here to fix later. */
    public void back() {
        if (!saveStep()) {
            Pages.message(
                    FacesMessage.SEVERITY_WARN,
                    "Not saved yet: what you entered on \"" + step.heading()
                            + "\" is kept; fix it there before you save");
        }
        step = step.previous();
    }

    /** Jumps to a step from the step list; only after the draft exists. */
    public void goTo(EditorStep target) {
        if (id != null && saveStep()) {
            step = target;
        }
    }

    /** Saves the last step and opens the certification, or lists what is still missing. */
    public void reviewBeforeSubmitting() {
        if (!saveStep()) {
            return;
        }
        problems = reviews.find(id, viewer()).problemsBeforeSubmission();
        PrimeFaces.current().executeScript("PF('certify').show()");
    }

    public void certifyAndSubmit() {
        errors.clear();
        try {
            portalIntake.certifyAndSend(id, viewer(), version);
        } catch (InvalidInput refused) {
            problems = refused.errors();
            reload();
            return;
        }
        TargetedReviewRequest sent = awaitIntake();
        if (sent.status().isDraft()) {
            Pages.flash(
                    sent.displayId() + " is certified and on its way: it shows as Submitted – In Review in a moment,"
                            + " and a confirmation e-mail goes to " + sent.contactEmail() + ".");
        } else {
            Pages.flash(sent.displayId() + " was submitted and is now "
                    + sent.status().label() + ". A confirmation e-mail is on its way to " + sent.contactEmail() + ".");
        }
        Pages.redirect("/submitter/home.xhtml");
    }

    /** Intake usually processes a request within milliseconds; wait briefly so the summary shows it submitted. */
    private TargetedReviewRequest awaitIntake() {
        TargetedReviewRequest request = reviews.find(id, viewer());
        for (int tries = 0; tries < INTAKE_PATIENCE_POLLS && request.status().isDraft(); tries++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            request = reviews.find(id, viewer());
        }
        return request;
    }

    // ---- attachments (step 7b)

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        errors.clear();
        try (InputStream content = file.getInputStream()) {
            Attachment attached = attachments.attach(id, viewer(), file.getFileName(), content);
            Pages.info(attached.fileName() + " attached (" + AttachmentPolicy.describe(attached.mediaType()) + ", "
                    + AttachmentPolicy.size(attached.sizeBytes()) + ")");
        } catch (InvalidInput refused) {
            errors.show(refused);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files = attachments.of(id, viewer());
    }

    public void remove(Attachment file) {
        attachments.remove(file.id(), viewer());
        files = attachments.of(id, viewer());
        Pages.info(file.fileName() + " removed");
    }

    // ---- saving one step

    /**
     * Saves the step: every field the request accepts is kept even when another is refused;
     * the refused ones stay as typed, marked, and the save indicator says what was not saved.
     *
     * @return whether everything on the step was saved
     */
    private boolean saveStep() {
        errors.clear();
        List<FieldError> refused;
        try {
            refused = saveFieldsOfStep();
            reload();
        } catch (InvalidInput refusedWhole) {
            refused = refusedWhole.errors();
        }
        if (refused.isEmpty()) {
            saved = true;
            notSaved = null;
            return true;
        }
        errors.show(new InvalidInput(refused));
        saved = false;
        notSaved = refused.getFirst()
                + (refused.size() > 1 ? " (and " + (refused.size() - 1) + " more, marked below)" : "");
        return false;
    }

    /** @return what the request refused; the rest of the step is saved */
    private List<FieldError> saveFieldsOfStep() {
        Viewer viewer = viewer();
        return switch (step) {
            case TYPE -> {
                saveType(viewer);
                yield List.of();
            }
            case DETAILS ->
                saveEach(
                        request -> {
                            if (request.applicationType().identifiedByNpi() && NOT_LISTED.equals(practiceChoice)) {
                                request.practiceNotListed(notListedTin);
                            } else if (request.applicationType().identifiedByNpi() && practiceChoice != null) {
                                request.choosePractice(practiceChoice, practiceNamed(practiceChoice));
                            }
                        },
                        request -> request.serviceDeskTicket(ticket));
            case SUBMITTER ->
                saveEach(
                        request -> request.contactPhone(
                                isBlank(phone) && isBlank(extension) ? null : PhoneNumber.parse(phone, extension)),
                        request -> request.contactEmail(email),
                        request -> request.relationship(relationship, relationshipOther));
            case ACCESS -> saveEach(request -> request.grantAccess(additionalAccess));
            case CATEGORIES -> saveEach(request -> request.affect(setOf(categories, PerformanceCategory.class)));
            case ISSUE ->
                saveEach(
                        request -> request.issueTypes(setOf(issueTypes, IssueType.class)),
                        request -> request.explain(explanation));
            case DOCUMENTS -> saveEach();
        };
    }

    private void saveType(Viewer viewer) {
        if (id == null) {
            TargetedReviewRequest draft = reviews.startDraft(viewer, applicationType, identifier, title, step.key());
            id = draft.id();
            performanceYear = draft.performanceYear();
            PrimeFaces.current().executeScript("history.replaceState(null, '', '?id=" + id + "')");
        } else {
            reviews.identify(id, viewer, version, applicationType, identifier, title, step.key());
        }
        loadDetails(reviews.find(id, viewer));
    }

    @SafeVarargs
    private List<FieldError> saveEach(Consumer<TargetedReviewRequest>... changes) {
        return reviews.saveEach(id, viewer(), version, step.key(), List.of(changes));
    }

    private void reload() {
        TargetedReviewRequest request = reviews.find(id, viewer());
        version = request.version();
        heading = request.displayId();
        party = display.party(request);
    }

    private void load(TargetedReviewRequest request) {
        performanceYear = request.performanceYear();
        version = request.version();
        heading = request.displayId();
        party = display.party(request);
        applicationType = request.applicationType();
        identifier = request.identifier();
        title = request.title();
        loadDetails(request);
        ticket = request.serviceDeskTicket();
        phone = request.contactPhone() == null ? null : PhoneNumber.display(request.contactPhone(), null);
        extension = request.contactPhoneExtension();
        email = request.contactEmail() != null ? request.contactEmail() : currentUser.getEmail();
        relationship = request.relationship();
        relationshipOther = request.relationshipDescription();
        additionalAccess = new ArrayList<>(request.additionalAccess());
        categories = request.categories().toArray(PerformanceCategory[]::new);
        issueTypes = request.issueTypes().toArray(IssueType[]::new);
        explanation = request.explanation();
        files = attachments.of(id, viewer());
    }

    /** What step 5a shows: the pre-populated names and the clinician's practices. */
    private void loadDetails(TargetedReviewRequest request) {
        party = display.party(request);
        partyName = request.partyName();
        clinicianType = request.clinicianType();
        java.util.Optional<PartyDetails> details = reviews.lookUp(request);
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

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private Viewer viewer() {
        return currentUser.viewer();
    }

    // ---- what the page reads and writes

    public EditorStep[] getSteps() {
        return EditorStep.values();
    }

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

    public String getDisclosure() {
        return Disclosure.TEXT;
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

    public long getMaxUploadBytes() {
        return AttachmentPolicy.MAX_BYTES;
    }

    public FormErrors getErrors() {
        return errors;
    }

    public Long getId() {
        return id;
    }

    public Integer getPerformanceYear() {
        return performanceYear;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EditorStep getStep() {
        return step;
    }

    public String getHeading() {
        return heading;
    }

    public String getParty() {
        return party;
    }

    public boolean isSaved() {
        return saved;
    }

    /** The save indicator: what is saved, or what was not and why. */
    public String getSaveState() {
        if (!saved) {
            return "Not saved: " + notSaved;
        }
        return id == null ? "Not saved yet" : "\u2713 All changes saved";
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

    public int getMaxExplanation() {
        return TargetedReviewRequest.MAX_EXPLANATION;
    }

    public List<Attachment> getFiles() {
        return files;
    }

    public List<FieldError> getProblems() {
        return problems;
    }
}
