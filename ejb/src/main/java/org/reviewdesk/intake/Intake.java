package org.reviewdesk.intake;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reviewdesk.mail.Notifications;
import org.reviewdesk.mail.Outbox;
import org.reviewdesk.request.Disclosure;
import org.reviewdesk.request.RequestNumbers;
import org.reviewdesk.request.SubmissionWindow;
import org.reviewdesk.request.SubmissionWindows;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.request.TargetedReviews;
import org.reviewdesk.validation.FieldError;
import org.reviewdesk.validation.InvalidInput;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

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
    Outbox outbox;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    /** The portal's request key of a draft. */
    public static String portalKey(long requestId) {
        return PORTAL_KEY_PREFIX + requestId;
    }

    public Outcome accept(IntakeMessage message) {
        if (receipts.find(message.requestKey()).isPresent()) {
            return Outcome.ALREADY_PROCESSED;
        }
        Instant now = clock.instant();
        SubmissionWindow window = windows.of(message.performanceYear()).orElseThrow(() -> new RejectedIntake(
                "performanceYear: no Targeted Review window is set for " + message.performanceYear()));
        // The portal's certification time is the server's own; a client's claimed time is not trusted for the deadline.
        Instant submittedAt = message.source() == IntakeMessage.Source.PORTAL ? message.certification().certifiedAt() : now;

        Optional<TargetedReviewRequest> portalDraft = message.source() == IntakeMessage.Source.PORTAL
                ? Optional.of(portalDraftOf(message)) : Optional.empty();
        String owner = portalDraft.map(TargetedReviewRequest::ownerUsername).orElse(message.certification().certifiedBy());

        // Every rule is checked on a copy first, so a refused message leaves nothing written behind.
        TargetedReviewRequest trial = new TargetedReviewRequest(owner, message.performanceYear(), 0, now);
        try {
            fileInto(trial, message, window, submittedAt);
        } catch (InvalidInput refused) {
            throw new RejectedIntake(refused.errors().stream().map(FieldError::toString).toList());
        }

        // Recorded before the case is made: a concurrent delivery of the same key waits on the key's
        // unique index here, then fails and is redelivered, and finds the key processed.
        if (!receipts.recordFirstArrival(message.requestKey())) {
            return Outcome.ALREADY_PROCESSED;
        }
        TargetedReviewRequest request = portalDraft.orElseGet(() -> {
            TargetedReviewRequest created = new TargetedReviewRequest(owner, message.performanceYear(),
                    numbers.next(message.performanceYear()), now);
            em.persist(created);
            return created;
        });
        fileInto(request, message, window, submittedAt);
        outbox.send(notifications.requestReceived(request));
        return Outcome.SUBMITTED;
    }

    private void fileInto(TargetedReviewRequest request, IntakeMessage message, SubmissionWindow window, Instant submittedAt) {
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
