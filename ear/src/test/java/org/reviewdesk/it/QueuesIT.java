package org.reviewdesk.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reviewdesk.infrastructure.messaging.Destinations;
import org.reviewdesk.intake.IntakeQueue;
import org.reviewdesk.intake.IntakeReceipts;
import org.reviewdesk.mail.OutgoingMail;
import org.reviewdesk.mail.Outbox;
import org.reviewdesk.search.ExtractedText;
import org.reviewdesk.search.IndexQueue;
import org.reviewdesk.search.IndexedDocument;
import org.reviewdesk.search.SearchIndex;
import org.reviewdesk.search.TextExtraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One message through each queue to its message-driven bean, inside the running server. */
@ExtendWith(ArquillianExtension.class)
class QueuesIT {

    private static final String CORPUS_PDF = "corpus/documents/testPDF.pdf";

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = TestDeployments.withTests(QueuesIT.class);
        WebArchive web = ear.getAsType(WebArchive.class, TestDeployments.WEB_MODULE);
        web.addAsResource(TestDeployments.sharedFile(CORPUS_PDF).toFile(), CORPUS_PDF);
        ear.delete(TestDeployments.WEB_MODULE);
        return ear.addAsModule(web);
    }

    @EJB
    IntakeQueue intake;

    @EJB
    IntakeReceipts receipts;

    @EJB
    Outbox outbox;

    @EJB
    IndexQueue indexQueue;

    @EJB
    SearchIndex index;

    @Inject
    TextExtraction extraction;

    @Inject
    JMSContext jms;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = Destinations.INTAKE_QUEUE)
    Queue intakeQueue;

    @Resource(lookup = Destinations.INTAKE_DEAD_LETTERS)
    Queue intakeDeadLetters;

    @Test
    void anIntakeRequestDeliveredTwiceIsProcessedOnce() {
        String key = "it-" + UUID.randomUUID();

        intake.submit(key, "{}");
        intake.submit(key, "{}");

        Eventually.await("the intake receipt", () -> receipts.find(key).isPresent(), found -> found);
        Eventually.await("the intake queue to drain", () -> keysOn(intakeQueue), keys -> !keys.contains(key));
        assertEquals(List.of(), keysOn(intakeDeadLetters).stream().filter(key::equals).toList(),
                "the second delivery failed instead of being recognised as a duplicate");
    }

    @Test
    void aMessageSentInATransactionThatRollsBackIsNeverDelivered() throws Exception {
        String rolledBack = "it-rolled-back-" + UUID.randomUUID();
        String committed = "it-committed-" + UUID.randomUUID();

        transaction.begin();
        intake.submit(rolledBack, "{}");
        transaction.rollback();
        intake.submit(committed, "{}");

        Eventually.await("the committed request", () -> receipts.find(committed).isPresent(), found -> found);
        assertTrue(receipts.find(rolledBack).isEmpty(), "a request sent in a rolled-back transaction was processed");
        assertEquals(List.of(), keysOn(intakeQueue).stream().filter(rolledBack::equals).toList());
    }

    @Test
    void anIntakeMessageThatCannotBeProcessedEndsInTheDeadLetterQueue() throws JMSException {
        String marker = "no-key-" + UUID.randomUUID();
        jms.createProducer().setProperty("marker", marker).send(intakeQueue, "{}");

        Eventually.await("the message in the intake dead-letter queue",
                () -> propertyValuesOn(intakeDeadLetters, "marker"), markers -> markers.contains(marker));
    }

    @Test
    void mailGoesThroughTheMailQueueToTheSmtpServer() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getenv("REVIEWDESK_SMTP_PORT")),
                "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            outbox.send(new OutgoingMail(List.of("pat.submitter@example.org", "office@example.org"),
                    "2020 TARGETED REVIEW ID: 17 received", "We received your request."));

            MimeMessage[] received = Eventually.await("two deliveries", smtp::getReceivedMessages, m -> m.length == 2);

            MimeMessage first = received[0];
            assertEquals("2020 TARGETED REVIEW ID: 17 received", first.getSubject());
            assertEquals(List.of("office@example.org", "pat.submitter@example.org"),
                    Arrays.stream(first.getAllRecipients()).map(Address::toString).sorted().toList());
            assertTrue(first.getFrom()[0].toString().contains("reviewdesk@localhost"), first.getFrom()[0].toString());
            assertTrue(String.valueOf(first.getContent()).contains("We received your request."));
        } finally {
            smtp.stop();
        }
    }

    @Test
    void textTikaExtractsFromADocumentIsFoundInTheLuceneIndex() throws IOException {
        ExtractedText extracted;
        try (InputStream pdf = getClass().getClassLoader().getResourceAsStream(CORPUS_PDF)) {
            extracted = extraction.extract(pdf, "supporting-evidence.bin");
        }
        assertEquals("application/pdf", extracted.mediaType(), "the type must come from the content, not the name");
        assertTrue(extracted.text().contains("toolkit"), extracted.text());

        String key = "it-" + UUID.randomUUID();
        indexQueue.requestUpdate(new IndexedDocument(key, "testPDF.pdf", extracted.text()));

        Eventually.await("the document in the index", () -> search("toolkit"), keys -> keys.contains(key));
        assertTrue(!search("\"detecting and extracting\"").isEmpty());
        assertEquals(List.of(), search("zyxwvutsrq"));
    }

    private List<String> search(String query) {
        try {
            return index.search(query, 1000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> keysOn(Queue queue) {
        return propertyValuesOn(queue, "requestKey");
    }

    private List<String> propertyValuesOn(Queue queue, String property) {
        try (var browser = jms.createBrowser(queue)) {
            List<String> values = new ArrayList<>();
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements()) {
                values.add(stringProperty((Message) messages.nextElement(), property));
            }
            return values;
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String stringProperty(Message message, String property) {
        try {
            return String.valueOf(message.getStringProperty(property));
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
