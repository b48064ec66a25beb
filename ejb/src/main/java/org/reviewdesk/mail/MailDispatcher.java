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
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.reviewdesk.infrastructure.messaging.Destinations;
import org.reviewdesk.operations.DeadLetterQueue;
import org.reviewdesk.operations.DeadLetters;

/**
 * Delivers queued mail through WildFly's mail session and records each outcome in the {@link MailLog}: sent, or
 * retrying with the SMTP error and the next attempt, or dead. When the SMTP server cannot be reached the message is
 * rolled back onto the queue and retried with back-off; a mail that fails its last attempt, or whose recipient the
 * server refuses for good, is dead in the mail log with the SMTP error, where an administrator resends it. Each
 * e-mail carries a Message-ID made from its key, the same on every attempt.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.MAIL_QUEUE),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class MailDispatcher implements MessageListener {

    /** Must equal max-delivery-attempts of the mail queue in wildfly-config/20-messaging.cli. */
    static final int ATTEMPTS = 10;

    /** Must equal redelivery-delay of the mail queue in wildfly-config/20-messaging.cli; it doubles after each attempt. */
    static final Duration FIRST_REDELIVERY_DELAY = Duration.ofSeconds(5);

    /** Must equal max-redelivery-delay of the mail queue in wildfly-config/20-messaging.cli. */
    static final Duration LONGEST_REDELIVERY_DELAY = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    @Resource(lookup = "java:jboss/mail/ReviewDesk")
    Session session;

    @EJB
    DeadLetters deadLetters;

    @EJB
    MailLog log;

    @Override
    public void onMessage(Message message) {
        Optional<QueuedMail> queued = read(message);
        if (queued.isEmpty()) {
            deadLetters.bury(
                    DeadLetterQueue.MAIL,
                    message,
                    "Not an e-mail of Review Desk's outbox (a map message with"
                            + " recipients, subject and body); it cannot be sent");
            return;
        }
        QueuedMail mail = queued.get();
        if (mail.logId() != null && !stillToSend(mail.logId())) {
            return;
        }
        int attempt = deliveryCount(message);
        try {
            Transport.send(mime(mail));
            LOG.fine(() ->
                    "Sent \"" + mail.mail().subject() + "\" to " + mail.mail().recipients());
            if (mail.logId() != null) {
                log.sent(mail.logId(), attempt);
            }
        } catch (MessagingException e) {
            failed(message, mail, attempt, e);
        }
    }

    /** False when the mail was purged from the log with its case, or was sent already (a stale copy): nothing to send. */
    private boolean stillToSend(long logId) {
        return log.delivering(logId)
                .map(logged -> logged.state() != MailState.SENT)
                .orElse(false);
    }

    /**
     * A recipient the SMTP server refused for good (a 5xx reply such as "550 mailbox unknown") makes the mail dead at
     * once: another attempt gets the same answer. Any other failure (no connection, a 4xx reply) is retried by the
     * broker, recorded as retrying with the next attempt, until the last attempt makes it dead.
     */
    private void failed(Message message, QueuedMail mail, int attempt, MessagingException e) {
        String error = smtpError(e);
        boolean refused = e instanceof SendFailedException failure
                && failure.getInvalidAddresses() != null
                && failure.getInvalidAddresses().length > 0;
        if (mail.logId() == null) {
            // Queued before the mail log existed: the dead-letter queue, as then.
            if (attempt >= ATTEMPTS) {
                deadLetters.bury(
                        DeadLetterQueue.MAIL,
                        message,
                        "SMTP delivery failed on all " + ATTEMPTS + " attempts; the last error: " + error
                                + ". Retry it once the mail server is reachable (REVIEWDESK_SMTP_HOST/PORT).");
                return;
            }
        } else if (refused || attempt >= ATTEMPTS) {
            log.dead(
                    mail.logId(),
                    attempt,
                    refused
                            ? "Refused by the SMTP server: " + error
                            : "SMTP delivery failed on all " + ATTEMPTS + " attempts; the last error: " + error);
            return;
        } else {
            log.retrying(mail.logId(), attempt, error, redeliveryDelay(attempt));
        }
        throw new IllegalStateException(
                "SMTP delivery of \"" + mail.mail().subject() + "\" failed on attempt " + attempt + " of " + ATTEMPTS
                        + "; it will be retried",
                e);
    }

    /** How long the broker waits before the attempt after this one: 20-messaging.cli's back-off of the mail queue. */
    static Duration redeliveryDelay(int attempt) {
        long delay = FIRST_REDELIVERY_DELAY.toMillis() << Math.min(Math.max(attempt - 1, 0), 20);
        return Duration.ofMillis(Math.min(delay, LONGEST_REDELIVERY_DELAY.toMillis()));
    }

    /** The error and every error nested in it: "Invalid Addresses; 550 5.1.1 <x@example.org>: mailbox unknown". */
    static String smtpError(MessagingException e) {
        StringBuilder error = new StringBuilder();
        Throwable cause = e;
        for (int depth = 0; cause != null && depth < 5; depth++) {
            String text = cause.getMessage() == null
                    ? cause.getClass().getSimpleName()
                    : cause.getMessage().strip();
            if (error.indexOf(text) < 0) {
                error.append(error.isEmpty() ? "" : "; ").append(text);
            }
            cause = cause instanceof MessagingException messaging && messaging.getNextException() != null
                    ? messaging.getNextException()
                    : cause.getCause();
        }
        return error.toString();
    }

    private MimeMessage mime(QueuedMail queued) throws MessagingException {
        OutgoingMail mail = queued.mail();
        MimeMessage mime = new KeyedMimeMessage(session, queued.key());
        mime.setFrom();
        if (mail.replyTo() != null) {
            mime.setReplyTo(InternetAddress.parse(mail.replyTo(), true));
        }
        mime.setRecipients(
                jakarta.mail.Message.RecipientType.TO,
                InternetAddress.parse(String.join(",", mail.recipients()), true));
        mime.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        mime.setText(mail.body(), StandardCharsets.UTF_8.name());
        mime.setSentDate(new Date());
        return mime;
    }

    /** @param logId the mail log's row, or null for a message queued before the mail log existed */
    private record QueuedMail(String key, OutgoingMail mail, Long logId) {}

    private static Optional<QueuedMail> read(Message message) {
        try {
            if (!(message instanceof MapMessage fields) || fields.getString(Outbox.RECIPIENTS) == null) {
                return Optional.empty();
            }
            String key = fields.getString(Outbox.MAIL_KEY);
            Long logId = fields.itemExists(Outbox.MAIL_ID) ? fields.getLong(Outbox.MAIL_ID) : null;
            return Optional.of(new QueuedMail(
                    key != null ? key : message.getJMSMessageID(),
                    new OutgoingMail(
                            List.of(fields.getString(Outbox.RECIPIENTS).split(",")),
                            fields.getString(Outbox.SUBJECT),
                            fields.getString(Outbox.BODY),
                            null,
                            fields.getString(Outbox.REPLY_TO)),
                    logId));
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
