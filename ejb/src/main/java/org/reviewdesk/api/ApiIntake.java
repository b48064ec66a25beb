package org.reviewdesk.api;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.reviewdesk.intake.Intake;
import org.reviewdesk.intake.IntakeMessage;
import org.reviewdesk.intake.IntakeQueue;
import org.reviewdesk.intake.IntakeReceipt;
import org.reviewdesk.intake.IntakeReceipts;
import org.reviewdesk.intake.RejectedIntake;
import org.reviewdesk.operations.DeadLetter;
import org.reviewdesk.operations.DeadLetterQueue;
import org.reviewdesk.operations.DeadLetters;
import org.reviewdesk.request.TargetedReviewRequest;

/**
 * Requests that API clients send: checked at once, so the client hears about every problem in
 * its answer, then put on the intake queue like the portal's, and followed by their key.
 */
@Stateless
public class ApiIntake {

    @PersistenceContext
    EntityManager em;

    @EJB
    Intake intake;

    @EJB
    IntakeQueue queue;

    @EJB
    IntakeReceipts receipts;

    @EJB
    DeadLetters deadLetters;

    @Inject
    Clock clock;

    /**
     * Checks the intake message (docs/intake.md) the client sent and puts it on the intake
     * queue, certified by the client's identity. A key the client sent before and intake filed
     * already is not sent again: the same key is the same case.
     *
     * @return the request key, under which the client follows the request
     * @throws RejectedIntake  listing every problem of the message, each naming its field
     * @throws RequestKeyTaken when another sender used the key
     */
    public String file(ApiClient client, String json) {
        IntakeMessage sent = IntakeMessage.parse(json);
        if (sent.source() != IntakeMessage.Source.API) {
            throw new RejectedIntake("source: send \"api\"; \"portal\" is for Review Desk's own portal");
        }
        String key = sent.requestKey();
        if (Intake.isPortalKey(key)) {
            throw new RejectedIntake(
                    "requestKey: keys starting with \"portal:\" are the portal's; choose keys unique to your system");
        }
        Optional<ApiFiling> filing = filingOf(key);
        if (filing.isPresent() && filing.get().clientId() != client.id()) {
            throw new RequestKeyTaken(key);
        }
        Optional<IntakeReceipt> processed = receipts.find(key);
        if (processed.isPresent()) {
            if (filing.isEmpty()) {
                throw new RequestKeyTaken(key);
            }
            return key;
        }
        IntakeMessage message = sent.certifiedBy(client.username());
        intake.verify(message);

        Instant now = clock.instant();
        filing.ifPresentOrElse(
                known -> known.receivedAgainAt(now), () -> em.persist(new ApiFiling(client.id(), key, now)));
        queue.submit(key, message.toJson());
        return key;
    }

    /**
     * Where a request the client sent stands.
     *
     * @throws FilingNotFound when the client sent nothing under that key
     */
    public FilingStatus status(ApiClient client, String requestKey) {
        ApiFiling filing = filingOf(requestKey)
                .filter(found -> found.clientId() == client.id())
                .orElseThrow(() -> new FilingNotFound(requestKey));
        Optional<TargetedReviewRequest> filed = receipts.find(requestKey)
                .flatMap(receipt -> receipt.requestId().stream().boxed().findFirst())
                .map(id -> em.find(TargetedReviewRequest.class, id));
        if (filed.isPresent()) {
            return new FilingStatus(requestKey, filed.get().status().name(), filed, null, filing.receivedAt());
        }
        // Refused after it was last sent: a refusal of an earlier attempt is history once the client sent it again.
        List<DeadLetter> refusals = deadLetters.withRequestKey(DeadLetterQueue.INTAKE, requestKey).stream()
                .filter(letter -> letter.deadAt() == null || !letter.deadAt().isBefore(filing.receivedAt()))
                .toList();
        if (!refusals.isEmpty()) {
            return new FilingStatus(
                    requestKey,
                    FilingStatus.REJECTED,
                    Optional.empty(),
                    refusals.getLast().reason(),
                    filing.receivedAt());
        }
        return new FilingStatus(requestKey, FilingStatus.QUEUED, Optional.empty(), null, filing.receivedAt());
    }

    private Optional<ApiFiling> filingOf(String requestKey) {
        return em.createNamedQuery(ApiFiling.BY_KEY, ApiFiling.class)
                .setParameter("key", requestKey)
                .getResultStream()
                .findFirst();
    }
}
