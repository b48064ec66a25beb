package org.reviewdesk.mail;

import org.reviewdesk.validation.EmailAddress;

import java.util.List;

/**
 * An e-mail Review Desk sends: plain text, to one or more addresses.
 *
 * @param repliesTo the request a reply to this mail is filed on, or null when a reply is never
 *                  filed (mail to staff). {@link Outbox} sends such a mail to each recipient
 *                  separately, each with a reply address of their own ({@link ReplyAddresses}).
 * @param replyTo   the Reply-To address of this copy, or null for none
 */
public record OutgoingMail(List<String> recipients, String subject, String body, Long repliesTo, String replyTo) {

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

    /** A mail nobody replies to through Review Desk. */
    public OutgoingMail(List<String> recipients, String subject, String body) {
        this(recipients, subject, body, null, null);
    }

    /** The copy of this mail for one of its recipients, replied to at {@code replyTo}. */
    OutgoingMail copyFor(String recipient, String replyTo) {
        return new OutgoingMail(List.of(recipient), subject, body, repliesTo, replyTo);
    }
}
