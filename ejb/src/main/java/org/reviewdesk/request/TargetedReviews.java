package org.reviewdesk.request;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.reviewdesk.reference.ParticipationDirectory;
import org.reviewdesk.reference.PartyDetails;
import org.reviewdesk.security.Viewer;
import org.reviewdesk.validation.FieldError;
import org.reviewdesk.validation.InvalidInput;

/**
 * What submitters do with their Targeted Review requests. Every method checks that the
 * viewer may see the request; one they may not see is reported as not found.
 */
@Stateless
public class TargetedReviews {

    @PersistenceContext
    EntityManager em;

    @EJB
    SubmissionWindows windows;

    @EJB
    ParticipationDirectory directory;

    @EJB
    RequestNumbers numbers;

    @EJB
    CaseHistory history;

    @Inject
    Clock clock;

    @Inject
    Event<RequestWithdrawn> withdrawn;

    /** A new, empty draft of the submitter in the current performance year. */
    public TargetedReviewRequest startDraft(Viewer submitter) {
        Instant now = clock.instant();
        int year = windows.current(now).performanceYear();
        TargetedReviewRequest draft = new TargetedReviewRequest(submitter.username(), year, numbers.next(year), now);
        em.persist(draft);
        return draft;
    }

    /**
     * The performance year a new draft is for: that of the current submission window.
     *
     * @throws InvalidInput when no window is set yet, saying so
     */
    public int currentYear() {
        return windows.current(clock.instant()).performanceYear();
    }

    /** The request, if this viewer may see it: staff see it once it is filed, a draft is its submitter's alone. */
    public TargetedReviewRequest find(long id, Viewer viewer) {
        TargetedReviewRequest request = em.find(TargetedReviewRequest.class, id);
        if (request == null
                || !(request.isVisibleToSubmitter(viewer.username(), viewer.email())
                        || (viewer.isStaff() && request.isFiled()))) {
            throw new RequestNotFound(id);
        }
        return request;
    }

    /** The submitter's own requests and those shared with their e-mail address, newest first. */
    public List<TargetedReviewRequest> visibleTo(Viewer submitter) {
        return em.createQuery(
                        "SELECT DISTINCT r FROM TargetedReviewRequest r LEFT JOIN r.additionalAccess a"
                                + " WHERE r.ownerUsername = :username OR a = :email"
                                + " ORDER BY r.performanceYear DESC, r.number DESC",
                        TargetedReviewRequest.class)
                .setParameter("username", submitter.username())
                .setParameter(
                        "email",
                        submitter.email() == null ? "" : submitter.email().toLowerCase())
                .getResultList();
    }

    /**
     * Starts a draft with its application type, identifier and title in one step, so a
     * refused identifier leaves no empty draft (and no used ID) behind.
     */
    public TargetedReviewRequest startDraft(Viewer submitter, DraftChange.Identification step4, String step) {
        TargetedReviewRequest draft = startDraft(submitter);
        identify(draft, step4, step);
        return draft;
    }

    /** {@link #startDraft(Viewer, DraftChange.Identification, String)} with the fields of step 4 one by one. */
    public TargetedReviewRequest startDraft(
            Viewer submitter, ApplicationType type, String identifier, String title, String step) {
        return startDraft(submitter, new DraftChange.Identification(type, identifier, title), step);
    }

    /**
     * Sets the application type, identifier and (when given) the title, and pre-populates the
     * details from the participation reference data; a lookup miss leaves them empty.
     *
     * @return whether the reference data knew the identifier
     */
    public boolean identify(
            long id, Viewer owner, long expectedVersion, DraftChange.Identification step4, String step) {
        return identify(editable(id, owner, expectedVersion), step4, step);
    }

    /** {@link #identify(long, Viewer, long, DraftChange.Identification, String)} with the fields one by one. */
    public boolean identify(
            long id,
            Viewer owner,
            long expectedVersion,
            ApplicationType type,
            String identifier,
            String title,
            String step) {
        return identify(id, owner, expectedVersion, new DraftChange.Identification(type, identifier, title), step);
    }

    /** Step 4 is all or nothing: a draft never keeps a title whose identifier was refused, nor the reverse. */
    private boolean identify(TargetedReviewRequest request, DraftChange.Identification step4, String step) {
        List<FieldError> refused = step4.applyTo(request);
        if (!refused.isEmpty()) {
            throw new InvalidInput(refused);
        }
        Optional<PartyDetails> details = lookUp(request);
        details.ifPresent(found -> request.prePopulate(found.name(), found.clinicianType()));
        request.savedAt(step, clock.instant());
        return details.isPresent();
    }

    /** What the reference data knows about the party of the request. */
    public Optional<PartyDetails> lookUp(TargetedReviewRequest request) {
        PartyIdentifier identifier = request.partyIdentifier();
        return identifier == null ? Optional.empty() : identifier.lookUp(directory);
    }

    /**
     * Saves one step of the submitter's draft and remembers the step: every field the request
     * accepts is kept, even when another is refused (see {@link DraftChange}).
     *
     * @return what was refused, field by field; empty when everything was saved
     */
    public List<FieldError> saveStep(long id, Viewer owner, long expectedVersion, String step, DraftChange change) {
        TargetedReviewRequest request = editable(id, owner, expectedVersion);
        List<FieldError> refused = change.applyTo(request);
        request.savedAt(step, clock.instant());
        return refused;
    }

    public TargetedReviewRequest rename(long id, Viewer owner, String title) {
        TargetedReviewRequest request = owned(id, owner);
        String before = request.title();
        request.rename(title);
        if (request.submittedAt() != null && !before.equals(request.title())) {
            history.record(
                    id,
                    owner.username(),
                    CaseAction.RENAMED,
                    "Renamed from \u201c" + before + "\u201d to \u201c" + request.title() + "\u201d");
        }
        return request;
    }

    /** The owner gives one more address access, at any time; once filed, the audit trail says so. */
    public TargetedReviewRequest shareWith(long id, Viewer owner, String email) {
        return changeAccess(
                id, owner, request -> request.shareWith(email), CaseAction.ACCESS_GIVEN, "Access given to ");
    }

    /**
     * The owner takes an address off the list. It loses access at once: every read checks the
     * current list, and notifications go to the addresses on it when they are sent.
     */
    public TargetedReviewRequest unshare(long id, Viewer owner, String email) {
        return changeAccess(
                id, owner, request -> request.unshare(email), CaseAction.ACCESS_REMOVED, "Access removed from ");
    }

    private TargetedReviewRequest changeAccess(
            long id, Viewer owner, Function<TargetedReviewRequest, String> change, CaseAction action, String details) {
        TargetedReviewRequest request = owned(id, owner);
        String address = change.apply(request);
        if (request.isFiled()) {
            history.record(id, owner.username(), action, details + address);
        }
        return request;
    }

    /**
     * Withdraws the request and, if it had been submitted, tells everyone on it. A draft was
     * never announced, and may not even have a contact address yet, so its withdrawal is silent.
     */
    public TargetedReviewRequest withdraw(long id, Viewer owner) {
        TargetedReviewRequest request = owned(id, owner);
        RequestStatus before = request.status();
        long seenVersion = request.version();
        request.withdraw(clock.instant());
        history.recordChange(
                request, seenVersion, before, owner.username(), CaseAction.WITHDRAWN, "Withdrawn by the submitter");
        if (request.submittedAt() != null) {
            withdrawn.fire(new RequestWithdrawn(request));
        }
        return request;
    }

    /** The submitter's own request, if it is still the version they opened. */
    public TargetedReviewRequest editable(long id, Viewer owner, long expectedVersion) {
        TargetedReviewRequest request = owned(id, owner);
        if (request.version() != expectedVersion) {
            throw new InvalidInput(
                    "Request",
                    "This request was changed in another window or by someone else since you opened it;"
                            + " reload it to see the latest version, then make your change again");
        }
        return request;
    }

    /** Only the submitter changes a request; people it is shared with read and comment. */
    private TargetedReviewRequest owned(long id, Viewer owner) {
        TargetedReviewRequest request = find(id, owner);
        if (!request.ownerUsername().equals(owner.username())) {
            throw new InvalidInput("Request", "Only the submitter who filed this request can change it");
        }
        return request;
    }
}
