package org.reviewdesk.mail;

import org.reviewdesk.validation.EmailAddress;

import java.util.List;

/** An e-mail Review Desk sends: plain text, to one or more addresses. */
public record OutgoingMail(List<String> recipients, String subject, String body) {

    public OutgoingMail {
        if (recipients == null || recipients.isEmpty()) {
            throw new IllegalArgumentException("An e-mail needs at least one recipient");
        }
        recipients = recipients.stream().map(recipient -> EmailAddress.parse(recipient, "Recipient")).toList();
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("An e-mail needs a subject");
        }
        body = body == null ? "" : body;
    }
}
