package org.reviewdesk.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
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

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.logging.Logger;

/**
 * Delivers queued mail through WildFly's mail session. When the SMTP server cannot be
 * reached the message is rolled back onto the queue and retried with back-off.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.MAIL_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class MailDispatcher implements MessageListener {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    @Resource(lookup = "java:jboss/mail/ReviewDesk")
    Session session;

    @Override
    public void onMessage(Message message) {
        OutgoingMail mail = read(message);
        try {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom();
            mime.setRecipients(jakarta.mail.Message.RecipientType.TO,
                    InternetAddress.parse(String.join(",", mail.recipients()), true));
            mime.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            mime.setText(mail.body(), StandardCharsets.UTF_8.name());
            mime.setSentDate(new Date());
            Transport.send(mime);
            LOG.fine(() -> "Sent \"" + mail.subject() + "\" to " + mail.recipients());
        } catch (MessagingException e) {
            throw new IllegalStateException("SMTP delivery of \"" + mail.subject() + "\" failed; it will be retried", e);
        }
    }

    private static OutgoingMail read(Message message) {
        try {
            MapMessage fields = (MapMessage) message;
            return new OutgoingMail(List.of(fields.getString(Outbox.RECIPIENTS).split(",")),
                    fields.getString(Outbox.SUBJECT), fields.getString(Outbox.BODY));
        } catch (JMSException | ClassCastException e) {
            throw new IllegalArgumentException("Not a mail message: " + message, e);
        }
    }
}
