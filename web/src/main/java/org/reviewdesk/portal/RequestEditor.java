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
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.reviewdesk.attachment.Attachment;
import org.reviewdesk.attachment.AttachmentPolicy;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.intake.PortalIntake;
import org.reviewdesk.request.Disclosure;
import org.reviewdesk.request.RequestNotFound;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.request.TargetedReviews;
import org.reviewdesk.security.Viewer;
import org.reviewdesk.security.web.CurrentUser;
import org.reviewdesk.validation.FieldError;
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

    /**
     * How many times the page asks whether intake has filed the certified request (every
     * {@value #INTAKE_POLL_MILLIS} ms, about five seconds in all) before it says the request is on its way.
     */
    private static final int INTAKE_PATIENCE_POLLS = 20;

    /** How often the page asks; intake usually files a request within milliseconds. */
    public static final int INTAKE_POLL_MILLIS = 250;

    @EJB
    TargetedReviews reviews;

    @EJB
    PortalIntake portalIntake;

    @EJB
    Attachments attachments;

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
    /** How often the page has asked about the certified request; null until it is certified and sent. */
    private Integer intakePolls;

    private DraftForm form;

    private List<Attachment> files = List.of();
    private List<FieldError> problems = List.of();

    /** Opens a draft of the submitter's where they left it, or a new one. */
    public void open() {
        form = new DraftForm(currentUser.getEmail());
        if (id == null) {
            heading = "New targeted review";
            try {
                performanceYear = reviews.currentYear();
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

    /**
     * Certifies the draft and sends it to intake. The page then asks {@link #checkIntake} a few
     * times a second until intake has filed it, so no request thread waits for the queue.
     */
    public void certifyAndSubmit() {
        errors.clear();
        try {
            portalIntake.certifyAndSend(id, viewer(), version);
        } catch (InvalidInput refused) {
            problems = refused.errors();
            reload();
            return;
        }
        intakePolls = 0;
        checkIntake();
    }

    /**
     * Whether intake has filed the certified request: once it has, or once the page has waited
     * about five seconds, the submitter goes to their requests and reads which it is.
     */
    public void checkIntake() {
        if (intakePolls == null) {
            return;
        }
        TargetedReviewRequest sent = reviews.find(id, viewer());
        if (sent.status().isDraft() && intakePolls++ < INTAKE_PATIENCE_POLLS) {
            return;
        }
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
        if (step == EditorStep.TYPE) {
            saveType(viewer());
            return List.of();
        }
        return reviews.saveStep(id, viewer(), version, step.key(), form.changeFor(step));
    }

    private void saveType(Viewer viewer) {
        if (id == null) {
            TargetedReviewRequest draft = reviews.startDraft(viewer, form.identification(), step.key());
            id = draft.id();
            performanceYear = draft.performanceYear();
            PrimeFaces.current().executeScript("history.replaceState(null, '', '?id=" + id + "')");
        } else {
            reviews.identify(id, viewer, version, form.identification(), step.key());
        }
        loadDetails(reviews.find(id, viewer));
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
        form.load(request, reviews.lookUp(request), currentUser.getEmail());
        files = attachments.of(id, viewer());
    }

    /** What step 5a shows: the pre-populated names and the clinician's practices. */
    private void loadDetails(TargetedReviewRequest request) {
        party = display.party(request);
        form.loadDetails(request, reviews.lookUp(request));
    }

    private Viewer viewer() {
        return currentUser.viewer();
    }

    // ---- what the page reads and writes

    public EditorStep[] getSteps() {
        return EditorStep.values();
    }

    /** What the submitter typed on the steps. */
    public DraftForm getForm() {
        return form;
    }

    public String getDisclosure() {
        return Disclosure.TEXT;
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

    /** Whether the request is certified and sent, and the page waits for intake to file it. */
    public boolean isAwaitingIntake() {
        return intakePolls != null;
    }

    public int getIntakePollMillis() {
        return INTAKE_POLL_MILLIS;
    }

    public List<Attachment> getFiles() {
        return files;
    }

    public List<FieldError> getProblems() {
        return problems;
    }
}
