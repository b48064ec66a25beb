package org.reviewdesk.mail;

import java.util.List;
import java.util.regex.Pattern;

/** An e-mail Review Desk sends: plain text, to one or more addresses. */
public record OutgoingMail(List<String> recipients, String subject, String body) {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,]+@[^@\\s,]+\\.[^@\\s,]+");

    public OutgoingMail {
        if (recipients == null || recipients.isEmpty()) {
            throw new IllegalArgumentException("An e-mail needs at least one recipient");
        }
        for (String recipient : recipients) {
            if (recipient == null || !ADDRESS.matcher(recipient).matches()) {
                throw new IllegalArgumentException("Not an e-mail address: " + recipient);
            }
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("An e-mail needs a subject");
        }
        recipients = List.copyOf(recipients);
        body = body == null ? "" : body;
    }
}
