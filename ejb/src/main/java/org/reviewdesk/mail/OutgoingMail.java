package org.reviewdesk.mail;

import java.util.List;
import org.reviewdesk.validation.EmailAddress;

/**
 * An e-mail Review Desk sends: plain text, to one or more addresses.
 *
 * @param repliesTo    the request a reply to this mail is filed on, or null when a reply is never
 *                     filed (mail to staff). {@link Outbox} sends such a mail to each recipient
 *                     separately, each with a reply address of their own ({@link ReplyAddresses}).
 * @param replyTo      the Reply-To address of this copy, or null for none
 * @param aboutRequest the request the mail is about, or null (mail about an account): the mail log keeps it, so
 *                     the case's mail is purged with the case. The same as {@code repliesTo} when that is set;
 *                     staff mail is about a request without replies being filed on it.
 * @param secret       a one-time link (or other secret) in the body, or null: the mail carries it, but the mail log
 *                     keeps a placeholder instead, since the secret is stored nowhere else in readable form
 */
public record OutgoingMail(
        List<String> recipients,
        String subject,
        String body,
        Long repliesTo,
        String replyTo,
        Long aboutRequest,
        String secret) {

    public OutgoingMail {
        if (recipients == null || recipients.isEmpty()) {
            throw new IllegalArgumentException("An e-mail needs at least one recipient");
        }
        recipients = recipients.stream()
                .map(recipient -> EmailAddress.parse(recipient, "Recipient"))
                .toList();
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("An e-mail needs a subject");
        }
        body = body == null ? "" : body;
        if (repliesTo != null && aboutRequest != null && !repliesTo.equals(aboutRequest)) {
            throw new IllegalArgumentException("A mail whose replies are filed on request " + repliesTo
                    + " is about that request, not " + aboutRequest);
        }
        aboutRequest = aboutRequest != null ? aboutRequest : repliesTo;
        if (secret != null && (secret.isBlank() || !body.contains(secret))) {
            throw new IllegalArgumentException("The secret a mail withholds from the log must be in its body");
        }
    }

    /** A mail whose replies are filed on {@code repliesTo} (or never, when null), about that request. */
    public OutgoingMail(List<String> recipients, String subject, String body, Long repliesTo, String replyTo) {
        this(recipients, subject, body, repliesTo, replyTo, null, null);
    }

    /** A mail nobody replies to through Review Desk. */
    public OutgoingMail(List<String> recipients, String subject, String body) {
        this(recipients, subject, body, null, null, null, null);
    }

    /** The same mail, about the request with this database ID (staff mail, whose replies are not filed). */
    public OutgoingMail about(long requestId) {
        return new OutgoingMail(recipients, subject, body, repliesTo, replyTo, requestId, secret);
    }

    /** The same mail, carrying this secret (a one-time link in its body) that the mail log does not keep. */
    public OutgoingMail withholding(String secretInBody) {
        return new OutgoingMail(recipients, subject, body, repliesTo, replyTo, aboutRequest, secretInBody);
    }

    /** The copy of this mail for one of its recipients, replied to at {@code replyTo}. */
    OutgoingMail copyFor(String recipient, String replyTo) {
        return new OutgoingMail(List.of(recipient), subject, body, repliesTo, replyTo, aboutRequest, secret);
    }
}
