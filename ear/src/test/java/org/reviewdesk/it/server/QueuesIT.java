package org.reviewdesk.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reviewdesk.infrastructure.messaging.Destinations;
import org.reviewdesk.it.Eventually;
import org.reviewdesk.it.Mailboxes;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.mail.Outbox;
import org.reviewdesk.mail.OutgoingMail;
import org.reviewdesk.operations.DeadLetter;
import org.reviewdesk.operations.DeadLetterQueue;
import org.reviewdesk.operations.DeadLetters;

/** Messages through the mail and index queues to their message-driven beans, inside the running server (intake: IntakeIT; indexing: SearchIT). */
@ExtendWith(ArquillianExtension.class)
@Tag("server")
class QueuesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return TestDeployments.withTests(QueuesIT.class);
    }

    @EJB
    Outbox outbox;

    @Resource(lookup = Destinations.INDEX_QUEUE)
    Queue indexQueue;

    @EJB
    DeadLetters deadLetters;

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.MAIL_QUEUE)
    Queue mailQueue;

    @Test
    void mailWaitsOutAnSmtpOutageAndIsDeliveredOnceTheServerIsBack() throws Exception {
        String subject = "Sent during an outage " + UUID.randomUUID();
        outbox.send(new OutgoingMail(
                List.of("pat.submitter@example.org"), subject, "Queued while the mail server was down."));
        // No SMTP server listens yet: the first attempt fails, and the retry comes after 5 s.
        Thread.sleep(3000);

        GreenMail smtp = new GreenMail(new ServerSetup(
                Integer.parseInt(System.getenv("REVIEWDESK_SMTP_PORT")), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            List<MimeMessage> delivered = Eventually.await(
                    "the retried delivery", () -> Mailboxes.withSubject(smtp, subject), m -> !m.isEmpty());
            assertEquals(1, delivered.size());
            assertTrue(
                    delivered.getFirst().getMessageID().endsWith("@reviewdesk>"),
                    delivered.getFirst().getMessageID());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void somethingOnTheMailQueueThatIsNotAnEmailIsDeadLetteredWithTheReason() {
        String marker = "not-a-mail-" + UUID.randomUUID();

        jms.createProducer().send(mailQueue, marker);

        DeadLetter dead = Eventually.await(
                        "the dead letter",
                        () -> deadLetters.list(DeadLetterQueue.MAIL).stream()
                                .filter(letter -> letter.excerpt().contains(marker))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        assertTrue(dead.reason().contains("Not an e-mail"), dead.reason());
        assertTrue(deadLetters.discard(DeadLetterQueue.MAIL, dead.messageId()));
    }

    @Test
    void mailGoesThroughTheMailQueueToTheSmtpServer() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(
                Integer.parseInt(System.getenv("REVIEWDESK_SMTP_PORT")), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            String subject = "2020 TARGETED REVIEW ID: 17 received " + UUID.randomUUID();
            outbox.send(new OutgoingMail(
                    List.of("pat.submitter@example.org", "office@example.org"), subject, "We received your request."));

            // Other tests' mail may still be retrying towards this port; only this test's mail counts.
            List<MimeMessage> received =
                    Eventually.await("two deliveries", () -> Mailboxes.withSubject(smtp, subject), m -> m.size() == 2);

            MimeMessage first = received.getFirst();
            assertEquals(
                    List.of("office@example.org", "pat.submitter@example.org"),
                    Arrays.stream(first.getAllRecipients())
                            .map(Address::toString)
                            .sorted()
                            .toList());
            assertTrue(first.getFrom()[0].toString().contains("reviewdesk@localhost"), first.getFrom()[0].toString());
            assertTrue(String.valueOf(first.getContent()).contains("We received your request."));
        } finally {
            smtp.stop();
        }
    }

    @Test
    void somethingOnTheIndexQueueThatIsNotACaseIdIsDeadLetteredWithTheReason() {
        String marker = "not-a-case-" + UUID.randomUUID();

        jms.createProducer().send(indexQueue, marker);

        DeadLetter dead = Eventually.await(
                        "the dead letter",
                        () -> deadLetters.list(DeadLetterQueue.INDEX).stream()
                                .filter(letter -> letter.excerpt().contains(marker))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        assertTrue(dead.reason().contains("Not an index update"), dead.reason());
        assertTrue(deadLetters.discard(DeadLetterQueue.INDEX, dead.messageId()));
    }
}
