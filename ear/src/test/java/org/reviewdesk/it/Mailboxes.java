package org.reviewdesk.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** What a test's SMTP server received. Other tests' mail may still be retrying towards the same port, so tests pick theirs by subject. */
public final class Mailboxes {

    private Mailboxes() {}

    /** A GreenMail SMTP server on the port the application sends to (REVIEWDESK_SMTP_PORT), started. */
    public static GreenMail listen() {
        GreenMail smtp = new GreenMail(applicationSmtp());
        smtp.start();
        return smtp;
    }

    /** SMTP on the loopback port the application sends to (REVIEWDESK_SMTP_PORT). */
    public static ServerSetup applicationSmtp() {
        return new ServerSetup(
                Integer.parseInt(System.getenv("REVIEWDESK_SMTP_PORT")), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    }

    public static List<MimeMessage> withSubject(GreenMail smtp, String subject) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return subject.equals(message.getSubject());
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** Messages addressed to this recipient, for mail whose subject is not unique to the test (staff mail). */
    public static List<MimeMessage> to(GreenMail smtp, String recipient) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients())
                                .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
