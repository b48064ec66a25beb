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
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.reviewdesk.attachment.AttachmentPolicy;
import org.reviewdesk.attachment.IncomingFile;
import org.reviewdesk.configuration.Settings;

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
    /** Files read from one reply, at most; a documentation answer is a few documents. */
    static final int MAX_FILES = 10;
    /** What the files of one reply may weigh together: one upload's limit, since they travel in one queue message. */
    static final long MAX_FILE_BYTES = AttachmentPolicy.MAX_BYTES;
    /** How deep multipart parts are read; mail programs nest two or three. */
    private static final int MAX_DEPTH = 8;
    /** Where mail systems record the address they delivered to. */
    private static final List<String> DELIVERY_HEADERS = List.of("Delivered-To", "X-Original-To", "Envelope-To");

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
        String sender = from != null && from.length > 0 && from[0] instanceof InternetAddress address
                ? address.getAddress()
                : "";
        String messageId = message instanceof MimeMessage mime && mime.getMessageID() != null
                ? mime.getMessageID()
                : "no-id-" + message.getReceivedDate() + "-" + sender + "-" + message.getSubject();
        Content content = new Content();
        content.read(message, 0);
        String text = content.text == null ? "" : content.text;
        if (text.length() > MAX_BODY) {
            text = text.substring(0, MAX_BODY);
        }
        return new InboundReply(
                messageId,
                sender,
                addressedTo(message),
                message.getSubject() == null ? "" : message.getSubject(),
                text,
                content.files,
                content.refused);
    }

    /** Where the mail was sent: its recipients, and where the mail system says it delivered it (a Bcc leaves only that). */
    private static List<String> addressedTo(Message message) throws MessagingException {
        List<String> addresses = new ArrayList<>();
        Address[] recipients = message.getAllRecipients();
        if (recipients != null) {
            for (Address recipient : recipients) {
                if (recipient instanceof InternetAddress address) {
                    addresses.add(address.getAddress());
                }
            }
        }
        for (String header : DELIVERY_HEADERS) {
            String[] values = message.getHeader(header);
            if (values != null) {
                for (String value : values) {
                    for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
                        addresses.add(address.getAddress());
                    }
                }
            }
        }
        return addresses;
    }

    /**
     * The text and files of a mail: its first plain-text part that is not an attachment is the text;
     * every part with a file name, or sent as an attachment, is a file. Files are read within
     * {@link #MAX_FILES} and {@link #MAX_FILE_BYTES} together; the others are named with the reason.
     */
    private static final class Content {

        private String text;
        private final List<IncomingFile> files = new ArrayList<>();
        private final List<String> refused = new ArrayList<>();
        private long bytes;

        void read(Part part, int depth) throws MessagingException, IOException {
            if (isFile(part)) {
                file(part);
            } else if (part.isMimeType("multipart/*")
                    && part.getContent() instanceof Multipart multipart
                    && depth < MAX_DEPTH) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    read(multipart.getBodyPart(i), depth + 1);
                }
            } else if (text == null && part.isMimeType("text/plain")) {
                text = String.valueOf(part.getContent());
            }
        }

        private static boolean isFile(Part part) throws MessagingException {
            return !part.isMimeType("multipart/*")
                    && (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null);
        }

        private void file(Part part) throws MessagingException, IOException {
            String name = part.getFileName() != null ? MimeUtility.decodeText(part.getFileName()) : "attachment";
            if (files.size() >= MAX_FILES) {
                refused.add(name + " was not attached: a reply by e-mail takes at most " + MAX_FILES
                        + " files; upload the others in Review Desk");
                return;
            }
            try (InputStream content = part.getInputStream()) {
                byte[] read = content.readNBytes((int) (MAX_FILE_BYTES - bytes) + 1);
                if (bytes + read.length > MAX_FILE_BYTES) {
                    refused.add(name + " was not attached: the files of one e-mail may be "
                            + AttachmentPolicy.size(MAX_FILE_BYTES) + " together; upload it in Review Desk instead");
                    return;
                }
                bytes += read.length;
                files.add(new IncomingFile(name, read));
            }
        }
    }
}
