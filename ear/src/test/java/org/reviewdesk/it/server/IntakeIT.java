package org.reviewdesk.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reviewdesk.infrastructure.messaging.Destinations;
import org.reviewdesk.intake.IntakeMessage;
import org.reviewdesk.intake.IntakeQueue;
import org.reviewdesk.intake.IntakeReceipts;
import org.reviewdesk.it.Eventually;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.operations.DeadLetter;
import org.reviewdesk.operations.DeadLetterQueue;
import org.reviewdesk.operations.DeadLetters;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;
import org.reviewdesk.request.Relationship;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.request.SubmissionWindows;
import org.reviewdesk.request.TargetedReviewRequest;

/**
 * Intake messages sent straight to the queue, as an intermediary's system does: valid ones
 * become exactly one case, and the bad ones end in the dead-letter queue with their reason.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("server")
class IntakeIT {

    private static final String VALERIE_SHEA_NPI = "1158813992";

    @Deployment
    static EnterpriseArchive deployment() {
        return TestDeployments.withTests(IntakeIT.class);
    }

    @EJB
    IntakeQueue intake;

    @EJB
    IntakeReceipts receipts;

    @EJB
    DeadLetters deadLetters;

    @EJB
    SubmissionWindows windows;

    @PersistenceContext
    EntityManager em;

    @Inject
    JMSContext jms;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = Destinations.INTAKE_QUEUE)
    Queue intakeQueue;

    @Test
    void aValidMessageBecomesOneSubmittedCaseWithItsNumberAndDetails() {
        String registry = "registry-" + UUID.randomUUID();
        IntakeMessage message = individualRequest(registry, VALERIE_SHEA_NPI);

        intake.submit(message.requestKey(), message.toJson());

        TargetedReviewRequest filed = Eventually.await("the case", () -> casesOf(registry), cases -> cases.size() == 1)
                .getFirst();
        assertEquals(RequestStatus.SUBMITTED_IN_REVIEW, filed.status());
        assertEquals("Valerie Shea", filed.partyName(), "details are pre-populated from the participation data");
        assertEquals(registry, filed.certification().certifiedBy());
        assertTrue(filed.number() > 0);
        assertTrue(receipts.find(message.requestKey()).isPresent());
    }

    @Test
    void theSameRequestKeyDeliveredTwiceMakesOneCase() {
        String registry = "registry-" + UUID.randomUUID();
        IntakeMessage message = individualRequest(registry, VALERIE_SHEA_NPI);

        intake.submit(message.requestKey(), message.toJson());
        intake.submit(message.requestKey(), message.toJson());

        Eventually.await("the case", () -> casesOf(registry), cases -> cases.size() == 1);
        Eventually.await(
                "both deliveries processed", () -> keysOn(intakeQueue), keys -> !keys.contains(message.requestKey()));
        assertEquals(1, casesOf(registry).size());
        assertTrue(deadLetterOf(message.requestKey()).isEmpty(), "the repeat was recognised, not dead-lettered");
    }

    @Test
    void aMessageSentInATransactionThatRollsBackIsNeverProcessed() throws Exception {
        String registry = "registry-" + UUID.randomUUID();
        IntakeMessage rolledBack = individualRequest(registry, VALERIE_SHEA_NPI);
        IntakeMessage committed = individualRequest(registry, "1245319599");

        transaction.begin();
        intake.submit(rolledBack.requestKey(), rolledBack.toJson());
        transaction.rollback();
        intake.submit(committed.requestKey(), committed.toJson());

        Eventually.await("the committed case", () -> casesOf(registry), cases -> cases.size() == 1);
        assertTrue(receipts.find(rolledBack.requestKey()).isEmpty());
    }

    @Test
    void malformedJsonIsDeadLetteredWithWhereItBroke() {
        String key = "broken-" + UUID.randomUUID();

        intake.submit(key, "{\"version\": 1, \"requestKey\": \"" + key + "\", ");

        DeadLetter dead = awaitDeadLetter(key);
        assertTrue(dead.reason().toLowerCase().contains("json"), dead.reason());
        assertTrue(receipts.find(key).isEmpty());
    }

    @Test
    void anUnknownVersionIsDeadLetteredSayingWhichVersionIsRead() {
        String key = "future-" + UUID.randomUUID();
        String json = individualRequest("registry-" + UUID.randomUUID(), VALERIE_SHEA_NPI)
                .toJson()
                .replaceFirst("\"version\":1", "\"version\":7")
                .replaceFirst("\"requestKey\":\"[^\"]+\"", "\"requestKey\":\"" + key + "\"");

        intake.submit(key, json);

        DeadLetter dead = awaitDeadLetter(key);
        assertTrue(dead.reason().contains("7") && dead.reason().contains("1"), dead.reason());
    }

    @Test
    void aMessageBreakingADomainRuleIsDeadLetteredWithTheRuleAndMakesNoCase() {
        String registry = "registry-" + UUID.randomUUID();
        IntakeMessage wrongNpi = individualRequest(registry, "1234567890");

        intake.submit(wrongNpi.requestKey(), wrongNpi.toJson());

        DeadLetter dead = awaitDeadLetter(wrongNpi.requestKey());
        assertTrue(dead.reason().contains("check digit"), dead.reason());
        assertEquals(List.of(), casesOf(registry));
        assertTrue(receipts.find(wrongNpi.requestKey()).isEmpty(), "a refused message must not consume its key");
    }

    @Test
    void aRetriedDeadLetterGoesThroughIntakeAgainAndADiscardedOneIsGoneForGood() {
        String registry = "registry-" + UUID.randomUUID();
        IntakeMessage noWindow = individualRequest(registry, VALERIE_SHEA_NPI, 2999);
        intake.submit(noWindow.requestKey(), noWindow.toJson());
        DeadLetter dead = awaitDeadLetter(noWindow.requestKey());
        assertTrue(dead.reason().contains("2999"), dead.reason());

        assertTrue(deadLetters.retry(DeadLetterQueue.INTAKE, dead.messageId()));

        DeadLetter again = Eventually.await(
                        "the retried message processed and refused again",
                        () -> deadLetterOf(noWindow.requestKey()),
                        found -> found.isPresent() && !found.get().messageId().equals(dead.messageId()))
                .orElseThrow();
        assertEquals(dead.reason(), again.reason());
        assertEquals(List.of(), casesOf(registry));

        assertTrue(deadLetters.discard(DeadLetterQueue.INTAKE, again.messageId()));
        assertTrue(deadLetterOf(noWindow.requestKey()).isEmpty());
        assertFalse(deadLetters.discard(DeadLetterQueue.INTAKE, again.messageId()), "it is gone for good");
    }

    private IntakeMessage individualRequest(String certifiedBy, String npi) {
        return individualRequest(
                certifiedBy, npi, windows.current(Instant.now()).performanceYear());
    }

    private static IntakeMessage individualRequest(String certifiedBy, String npi, int year) {
        return new IntakeMessage(
                "it-" + UUID.randomUUID(),
                IntakeMessage.Source.API,
                year,
                ApplicationType.INDIVIDUAL,
                npi,
                "Filed by a registry",
                IntakeMessage.Practice.listed("123459403", "Pfeffer Group"),
                null,
                new IntakeMessage.Submitter(
                        "Regina Registry",
                        "866-288-8292",
                        null,
                        "support@registry.example.org",
                        Relationship.REGISTRY_QCDR,
                        null),
                List.of("office@example.org"),
                Set.of(PerformanceCategory.QUALITY),
                Set.of(IssueType.SUBMISSION),
                "The registry submitted the clinician's data under the wrong TIN.",
                List.of(),
                new IntakeMessage.Certification(certifiedBy, Instant.now()));
    }

    private List<TargetedReviewRequest> casesOf(String certifiedBy) {
        em.clear();
        return em.createQuery(
                        "SELECT r FROM TargetedReviewRequest r WHERE r.ownerUsername = :owner",
                        TargetedReviewRequest.class)
                .setParameter("owner", certifiedBy)
                .getResultList();
    }

    private DeadLetter awaitDeadLetter(String requestKey) {
        return Eventually.await("the dead letter of " + requestKey, () -> deadLetterOf(requestKey), Optional::isPresent)
                .orElseThrow();
    }

    private Optional<DeadLetter> deadLetterOf(String requestKey) {
        return deadLetters.list(DeadLetterQueue.INTAKE).stream()
                .filter(letter -> requestKey.equals(letter.requestKey()))
                .findFirst();
    }

    private List<String> keysOn(Queue queue) {
        try (var browser = jms.createBrowser(queue)) {
            return java.util.Collections.list(browser.getEnumeration()).stream()
                    .map(message -> {
                        try {
                            return ((jakarta.jms.Message) message).getStringProperty("requestKey");
                        } catch (jakarta.jms.JMSException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
