package org.reviewdesk.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.reviewdesk.infrastructure.messaging.Destinations;
import org.reviewdesk.operations.DeadLetterQueue;
import org.reviewdesk.operations.DeadLetters;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Delivers queued mail through WildFly's mail session. When the SMTP server cannot be
 * reached the message is rolled back onto the queue and retried with back-off; on its last
 * attempt it is moved to the mail dead-letter queue with the SMTP error as its reason, so an
 * administrator can retry it once the server is back. Each e-mail carries a Message-ID made
 * from its key, the same on every attempt.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.MAIL_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class MailDispatcher implements MessageListener {

    /** Must equal max-delivery-attempts of the mail queue in wildfly-config/20-messaging.cli. */
    static final int ATTEMPTS = 10;

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    @Resource(lookup = "java:jboss/mail/ReviewDesk")
    Session session;

    @EJB
    DeadLetters deadLetters;

    @Override
    public void onMessage(Message message) {
        Optional<QueuedMail> queued = read(message);
        if (queued.isEmpty()) {
            deadLetters.bury(DeadLetterQueue.MAIL, message, "Not an e-mail of Review Desk's outbox (a map message with"
                    + " recipients, subject and body); it cannot be sent");
            return;
        }
        OutgoingMail mail = queued.get().mail();
        try {
            MimeMessage mime = new KeyedMimeMessage(session, queued.get().key());
            mime.setFrom();
            if (mail.replyTo() != null) {
                mime.setReplyTo(InternetAddress.parse(mail.replyTo(), true));
            }
            mime.setRecipients(jakarta.mail.Message.RecipientType.TO,
                    InternetAddress.parse(String.join(",", mail.recipients()), true));
            mime.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            mime.setText(mail.body(), StandardCharsets.UTF_8.name());
            mime.setSentDate(new Date());
            Transport.send(mime);
            LOG.fine(() -> "Sent \"" + mail.subject() + "\" to " + mail.recipients());
        } catch (MessagingException e) {
            int attempt = deliveryCount(message);
            if (attempt >= ATTEMPTS) {
                deadLetters.bury(DeadLetterQueue.MAIL, message, "SMTP delivery failed on all " + ATTEMPTS + " attempts; the last error: "
                        + e.getMessage() + ". Retry it once the mail server is reachable (REVIEWDESK_SMTP_HOST/PORT).");
                return;
            }
            throw new IllegalStateException("SMTP delivery of \"" + mail.subject() + "\" failed on attempt " + attempt
                    + " of " + ATTEMPTS + "; it will be retried", e);
        }
    }

    private record QueuedMail(String key, OutgoingMail mail) {
    }

    private static Optional<QueuedMail> read(Message message) {
        try {
            if (!(message instanceof MapMessage fields) || fields.getString(Outbox.RECIPIENTS) == null) {
                return Optional.empty();
            }
            String key = fields.getString(Outbox.MAIL_KEY);
            return Optional.of(new QueuedMail(key != null ? key : message.getJMSMessageID(),
                    new OutgoingMail(List.of(fields.getString(Outbox.RECIPIENTS).split(",")),
                            fields.getString(Outbox.SUBJECT), fields.getString(Outbox.BODY), null, fields.getString(Outbox.REPLY_TO))));
        } catch (JMSException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int deliveryCount(Message message) {
        try {
            return message.getIntProperty("JMSXDeliveryCount");
        } catch (JMSException | NumberFormatException e) {
            return 1;
        }
    }

    /** A MIME message whose Message-ID is derived from the outbox key instead of generated anew on each attempt. */
    private static final class KeyedMimeMessage extends MimeMessage {

        private final String key;

        KeyedMimeMessage(Session session, String key) {
            super(session);
            this.key = key;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + key.replaceAll("[^A-Za-z0-9.:-]", "") + "@reviewdesk>");
        }
    }
}
