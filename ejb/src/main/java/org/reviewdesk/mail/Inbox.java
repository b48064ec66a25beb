package org.reviewdesk.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.reviewdesk.configuration.Settings;

import java.io.IOException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the mailbox that replies to notifications arrive in and hands each one to the replies
 * queue, then deletes it from the mailbox. A reply is deleted only after the queue has it, so a
 * crash in between reads it again; its Message-ID lets the consumer recognise it.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class.getName());
    /** Bodies longer than this are cut; a reply is a comment, not a document. */
    private static final int MAX_BODY = 20_000;

    @Resource(lookup = "java:jboss/mail/ReviewDeskInbox")
    Session session;

    @Resource
    TimerService timers;

    @EJB
    Replies replies;

    @Inject
    Settings settings;

    private final ReentrantLock reading = new ReentrantLock();

    @PostConstruct
    void schedule() {
        if (settings.readsInbox() && settings.inboxPollSeconds() > 0) {
            long every = settings.inboxPollSeconds() * 1000L;
            timers.createIntervalTimer(every, every, new TimerConfig("inbox", false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimer() {
        try {
            read();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reading the replies mailbox failed; the next poll tries again", e);
        }
    }

    /**
     * Hands every message in the mailbox to the replies queue and removes it from the mailbox.
     *
     * @return how many were handed over
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int read() {
        if (!settings.readsInbox() || !reading.tryLock()) {
            return 0;
        }
        try (Store store = session.getStore("imap")) {
            store.connect();
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            int handed = 0;
            try {
                for (Message message : inbox.getMessages()) {
                    if (message.isSet(Flags.Flag.DELETED)) {
                        continue;
                    }
                    replies.hand(toReply(message));
                    message.setFlag(Flags.Flag.DELETED, true);
                    handed++;
                }
            } finally {
                inbox.close(true);
            }
            return handed;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("The replies mailbox could not be read: " + e.getMessage(), e);
        } finally {
            reading.unlock();
        }
    }

    private static InboundReply toReply(Message message) throws MessagingException, IOException {
        Address[] from = message.getFrom();
        String sender = from != null && from.length > 0 && from[0] instanceof InternetAddress address ? address.getAddress() : "";
        String messageId = message instanceof MimeMessage mime && mime.getMessageID() != null
                ? mime.getMessageID() : "no-id-" + message.getReceivedDate() + "-" + sender + "-" + message.getSubject();
        String text = plainText(message);
        if (text.length() > MAX_BODY) {
            text = text.substring(0, MAX_BODY);
        }
        return new InboundReply(messageId, sender, message.getSubject() == null ? "" : message.getSubject(), text);
    }

    /** The first text/plain part; replies from mail programs always have one. */
    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }
}
