package org.reviewdesk.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.reviewdesk.configuration.Settings;
import org.reviewdesk.infrastructure.messaging.Destinations;

/**
 * The only way Review Desk sends e-mail: mail is recorded in the {@linkplain MailLog mail log} and queued in the
 * caller's transaction, and {@link MailDispatcher} delivers it, so a rolled-back action neither sends nor logs, and
 * an SMTP outage never fails the action that caused the mail. When no SMTP server is configured
 * ({@link Settings#sendsMail}) the mail is only logged, as not sent, to be read on the mail log screen.
 */
@Stateless
public class Outbox {

    static final String RECIPIENTS = "recipients";
    static final String SUBJECT = "subject";
    static final String BODY = "body";
    /** One key per e-mail, sent as its Message-ID, so a copy delivered twice after a crash is recognisable as the same e-mail. */
    static final String MAIL_KEY = "mailKey";

    static final String REPLY_TO = "replyTo";
    /** The mail log's row of the e-mail, whose delivery state the dispatcher records. */
    static final String MAIL_ID = "mailId";

    @Inject
    JMSContext jms;

    @EJB
    ReplyAddresses replyAddresses;

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Resource(lookup = Destinations.MAIL_QUEUE)
    Queue queue;

    /**
     * Records and queues the mail; one about a request goes to each recipient separately, with a reply address
     * that carries that recipient's own token, so a reply is filed for the person it was sent to.
     */
    public void send(OutgoingMail mail) {
        boolean sendable = settings.sendsMail();
        if (mail.repliesTo() == null || !replyAddresses.enabled()) {
            record(mail, sendable);
            return;
        }
        for (String recipient : mail.recipients()) {
            // A mail kept unsent gets no reply address: resending it issues one (MailLog#resend).
            record(
                    mail.copyFor(recipient, sendable ? replyAddresses.issue(mail.repliesTo(), recipient) : null),
                    sendable);
        }
    }

    private void record(OutgoingMail mail, boolean sendable) {
        LoggedMail logged =
                new LoggedMail(mail, UUID.randomUUID().toString(), mail.aboutRequest(), clock.instant(), sendable);
        em.persist(logged);
        if (sendable) {
            // The mail as composed, not the logged copy: that one may have a one-time link withheld.
            queue(logged, mail.body(), mail.replyTo());
        }
    }

    /**
     * Puts a logged mail, just marked for resending ({@link MailLog#resend}), on the mail queue again. One whose replies
     * are filed on its request gets a new reply address of its recipient's own: the one it had is not kept.
     */
    public void requeue(LoggedMail logged) {
        boolean replyable = logged.repliesFiled()
                && logged.requestId() != null
                && replyAddresses.enabled()
                && logged.recipients().size() == 1;
        if (logged.secretWithheld()) {
            throw new IllegalStateException(
                    "A mail whose one-time link the log does not keep cannot be sent from the log");
        }
        queue(
                logged,
                logged.body(),
                replyable
                        ? replyAddresses.issue(
                                logged.requestId(), logged.recipients().getFirst())
                        : null);
    }

    /** Puts a logged mail on the mail queue, in the caller's transaction, with this body and Reply-To (or none). */
    private void queue(LoggedMail logged, String body, String replyTo) {
        Map<String, Object> fields = new HashMap<>();
        fields.put(RECIPIENTS, String.join(",", logged.recipients()));
        fields.put(SUBJECT, logged.subject());
        fields.put(BODY, body);
        fields.put(MAIL_KEY, logged.mailKey());
        fields.put(MAIL_ID, logged.id());
        if (replyTo != null) {
            fields.put(REPLY_TO, replyTo);
        }
        jms.createProducer().send(queue, fields);
    }
}
