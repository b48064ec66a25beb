package org.reviewdesk.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import org.reviewdesk.infrastructure.messaging.Destinations;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The only way Review Desk sends e-mail: mail is queued in the caller's transaction and
 * {@link MailDispatcher} delivers it, so a rolled-back action never sends and an SMTP
 * outage never fails the action that caused the mail.
 */
@Stateless
public class Outbox {

    static final String RECIPIENTS = "recipients";
    static final String SUBJECT = "subject";
    static final String BODY = "body";
    /** One key per e-mail, sent as its Message-ID, so a copy delivered twice after a crash is recognisable as the same e-mail. */
    static final String MAIL_KEY = "mailKey";
    static final String REPLY_TO = "replyTo";

    @Inject
    JMSContext jms;

    @EJB
    ReplyAddresses replyAddresses;

    @Resource(lookup = Destinations.MAIL_QUEUE)
    Queue queue;

    /**
     * Queues the mail; one about a request goes to each recipient separately, with a reply address
     * that carries that recipient's own token, so a reply is filed for the person it was sent to.
     */
    public void send(OutgoingMail mail) {
        if (mail.repliesTo() == null || !replyAddresses.enabled()) {
            queue(mail);
            return;
        }
        for (String recipient : mail.recipients()) {
            queue(mail.copyFor(recipient, replyAddresses.issue(mail.repliesTo(), recipient)));
        }
    }

    private void queue(OutgoingMail mail) {
        Map<String, Object> fields = new HashMap<>();
        fields.put(RECIPIENTS, String.join(",", mail.recipients()));
        fields.put(SUBJECT, mail.subject());
        fields.put(BODY, mail.body());
        fields.put(MAIL_KEY, UUID.randomUUID().toString());
        if (mail.replyTo() != null) {
            fields.put(REPLY_TO, mail.replyTo());
        }
        jms.createProducer().send(queue, fields);
    }
}
