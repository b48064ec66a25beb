package org.reviewdesk.intake;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.attachment.PendingFile;
import org.reviewdesk.request.CaseAction;
import org.reviewdesk.request.CaseHistory;
import org.reviewdesk.request.Disclosure;
import org.reviewdesk.request.RequestNumbers;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.request.SubmissionWindow;
import org.reviewdesk.request.SubmissionWindows;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.request.TargetedReviews;
import org.reviewdesk.review.Assignments;
import org.reviewdesk.validation.FieldError;
import org.reviewdesk.validation.InvalidInput;

/**
 * Turns intake messages into submitted cases, whether the portal or an intermediary's system
 * sent them. Everything happens in the transaction of the message: the case, its number, the
 * receipt of its request key and the confirmation e-mail commit together with the message's
 * acknowledgement, or not at all. A key seen before is a no-op, so a redelivered or repeated
 * message never makes a second case. A message that breaks a rule is refused before anything
 * is written, with {@link RejectedIntake}, which leaves the transaction free to dead-letter it.
 */
@Stateless
public class Intake {

    /** The portal's request key for a draft: one key per draft, so certifying twice submits once. */
    static final String PORTAL_KEY_PREFIX = "portal:";

    /** What a request filed through intake remembers as its last step. */
    private static final String INTAKE_STEP = "intake";

    public enum Outcome {
        /** The request became a submitted case. */
        SUBMITTED,
        /** A message with this request key was processed before; nothing was done. */
        ALREADY_PROCESSED
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    IntakeReceipts receipts;

    @EJB
    SubmissionWindows windows;

    @EJB
    RequestNumbers numbers;

    @EJB
    TargetedReviews reviews;

    @EJB
    Attachments attachments;

    @EJB
    CaseHistory history;

    @EJB
    Assignments assignments;

    @Inject
    Clock clock;

    @Inject
    Event<RequestReceived> received;

    /** The portal's request key of a draft. */
    public static String portalKey(long requestId) {
        return PORTAL_KEY_PREFIX + requestId;
    }

    /** Whether the key is one the portal sends for its drafts, which no other sender may use. */
    public static boolean isPortalKey(String requestKey) {
        return requestKey.startsWith(PORTAL_KEY_PREFIX);
    }

    /**
     * Who owns the case a message files: the owner of the draft for the portal, the certifier
     * for any other sender. The REST API certifies as its client's identity {@code api:<id>}, so
     * an API client owns the cases it files.
     */
    static String ownerOf(IntakeMessage message, Optional<TargetedReviewRequest> portalDraft) {
        return portalDraft
                .map(TargetedReviewRequest::ownerUsername)
                .orElse(message.certification().certifiedBy());
    }

    public Outcome accept(IntakeMessage message) {
        if (receipts.find(message.requestKey()).isPresent()) {
            return Outcome.ALREADY_PROCESSED;
        }
        Checked checked = check(message);

        TargetedReviewRequest request = checked.portalDraft().orElseGet(() -> {
            TargetedReviewRequest created = new TargetedReviewRequest(
                    checked.owner(), message.performanceYear(), numbers.next(message.performanceYear()), checked.now());
            em.persist(created);
            return created;
        });
        RequestStatus before = request.status();
        long seenVersion = request.version();
        fileInto(request, message, checked.window(), checked.submittedAt());
        // The key's unique index decides between concurrent deliveries of one key: the loser's
        // transaction rolls back with its case, and its redelivery finds the key processed.
        if (!receipts.recordFirstArrival(message.requestKey(), request.id())) {
            throw new IllegalStateException("Request key " + message.requestKey()
                    + " was processed by a concurrent delivery; this one is rolled back and will find it done");
        }
        for (Upload upload : checked.uploads()) {
            attachments.attachPending(upload.file(), request, upload.reference().fileName());
        }
        history.recordChange(
                request,
                seenVersion,
                before,
                message.certification().certifiedBy(),
                CaseAction.SUBMITTED,
                "Certified and submitted"
                        + (isPortalKey(message.requestKey())
                                ? " in the portal"
                                : " through intake, request key " + message.requestKey()));
        assignments.assignNew(request);
        received.fire(new RequestReceived(request));
        return Outcome.SUBMITTED;
    }

    /**
     * Checks everything {@link #accept} would check, and writes nothing: for senders that want
     * to answer their caller at once (the REST API) before the message goes on the queue.
     *
     * @throws RejectedIntake listing every problem found
     */
    public void verify(IntakeMessage message) {
        check(message);
    }

    /**
     * Every rule is checked on a copy first, and every file looked up, so a refused message
     * leaves nothing written behind and its sender learns all its problems at once.
     */
    private Checked check(IntakeMessage message) {
        Instant now = clock.instant();
        SubmissionWindow window = windows.of(message.performanceYear())
                .orElseThrow(() -> new RejectedIntake(
                        "performanceYear: no Targeted Review window is set for " + message.performanceYear()));
        // The portal's certification time is the server's own; a client's claimed time is not trusted for the deadline.
        Instant submittedAt = message.source() == IntakeMessage.Source.PORTAL
                ? message.certification().certifiedAt()
                : now;

        Optional<TargetedReviewRequest> portalDraft = message.source() == IntakeMessage.Source.PORTAL
                ? Optional.of(portalDraftOf(message))
                : Optional.empty();
        String owner = ownerOf(message, portalDraft);

        List<String> problems = new ArrayList<>();
        TargetedReviewRequest trial = new TargetedReviewRequest(owner, message.performanceYear(), 0, now);
        try {
            fileInto(trial, message, window, submittedAt);
        } catch (InvalidInput refused) {
            refused.errors().stream().map(FieldError::toString).forEach(problems::add);
        }
        // The portal's files are on its draft already; other senders upload theirs first and name them here.
        List<Upload> uploads = new ArrayList<>();
        if (portalDraft.isEmpty()) {
            List<IntakeMessage.AttachmentReference> references = message.attachments();
            for (int i = 0; i < references.size(); i++) {
                IntakeMessage.AttachmentReference reference = references.get(i);
                Optional<PendingFile> file = attachments.pending(owner, reference.sha256());
                if (file.isPresent()) {
                    uploads.add(new Upload(reference, file.get()));
                } else {
                    problems.add("attachments[" + i + "].sha256: no file with SHA-256 " + reference.sha256()
                            + " was uploaded by " + owner
                            + "; upload it first (POST /api/v1/files), then send the request");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedIntake(problems);
        }
        return new Checked(now, window, submittedAt, portalDraft, owner, uploads);
    }

    private record Checked(
            Instant now,
            SubmissionWindow window,
            Instant submittedAt,
            Optional<TargetedReviewRequest> portalDraft,
            String owner,
            List<Upload> uploads) {}

    private record Upload(IntakeMessage.AttachmentReference reference, PendingFile file) {}

    private void fileInto(
            TargetedReviewRequest request, IntakeMessage message, SubmissionWindow window, Instant submittedAt) {
        message.applyTo(request);
        reviews.lookUp(request).ifPresent(found -> request.prePopulate(found.name(), found.clinicianType()));
        request.savedAt(INTAKE_STEP, submittedAt);
        request.submit(message.certification().certifiedBy(), Disclosure.TEXT, window, submittedAt);
    }

    private TargetedReviewRequest portalDraftOf(IntakeMessage message) {
        OptionalLong id = portalRequestId(message.requestKey());
        TargetedReviewRequest draft = id.isPresent() ? em.find(TargetedReviewRequest.class, id.getAsLong()) : null;
        if (draft == null || !draft.status().isDraft()) {
            throw new RejectedIntake("requestKey: a portal message names its draft as " + PORTAL_KEY_PREFIX
                    + "<id>; there is no draft for \"" + message.requestKey() + "\"");
        }
        if (!draft.ownerUsername().equals(message.certification().certifiedBy())) {
            throw new RejectedIntake("certification.certifiedBy: only the submitter who owns the draft certifies it");
        }
        return draft;
    }

    private static OptionalLong portalRequestId(String requestKey) {
        String id = requestKey.substring(Math.min(requestKey.length(), PORTAL_KEY_PREFIX.length()));
        if (!requestKey.startsWith(PORTAL_KEY_PREFIX) || !id.matches("\\d{1,18}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(id));
    }
}
