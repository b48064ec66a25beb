package org.reviewdesk.intake;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.request.SubmissionChecks;
import org.reviewdesk.request.SubmissionWindows;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.request.TargetedReviews;
import org.reviewdesk.security.Viewer;

/**
 * The portal's certify-and-submit. What a submitter can fix is checked here, at once, so the
 * page can say it (a missing field, a closed window, a change made elsewhere); then the
 * certified request goes to the intake queue like any other, and intake makes it a submitted
 * case a moment later.
 */
@Stateless
public class PortalIntake {

    @EJB
    TargetedReviews reviews;

    @EJB
    Attachments attachments;

    @EJB
    SubmissionWindows windows;

    @EJB
    IntakeQueue queue;

    @Inject
    Clock clock;

    /**
     * Certifies the submitter's complete draft now and sends it to intake, in this transaction.
     *
     * @return the request key intake will process it under
     */
    public String certifyAndSend(long id, Viewer owner, long expectedVersion) {
        TargetedReviewRequest draft = reviews.editable(id, owner, expectedVersion);
        Instant now = clock.instant();
        SubmissionChecks.requireSubmittable(
                draft, windows.of(draft.performanceYear()).orElse(null), now);
        List<IntakeMessage.AttachmentReference> files = attachments.of(id, owner).stream()
                .map(IntakeMessage.AttachmentReference::of)
                .toList();
        IntakeMessage message = IntakeMessage.fromRequest(Intake.portalKey(id), draft, files, now);
        queue.submit(message.requestKey(), message.toJson());
        return message.requestKey();
    }
}
