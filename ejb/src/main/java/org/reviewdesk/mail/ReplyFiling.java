package org.reviewdesk.mail;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reviewdesk.comment.Comments;
import org.reviewdesk.intake.IntakeReceipts;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Decides whether an e-mail reply becomes a comment, and files it. Every check is made before
 * anything is written and a refusal is returned, not thrown, so the caller's transaction stays
 * free to dead-letter the reply.
 */
@Stateless
public class ReplyFiling {

    /** Receipts of replies share the intake's processed-keys table, under their own prefix. */
    static final String RECEIPT_PREFIX = "mail-reply:";

    /** Where a mail program starts quoting the message replied to. */
    private static final Pattern QUOTE_HEADER = Pattern.compile(
            "(?m)^(On .{1,200} wrote:|-{2,} ?Original Message ?-{2,}|From: .+)\\s*$");

    @PersistenceContext
    EntityManager em;

    @EJB
    IntakeReceipts receipts;

    @EJB
    UserAccounts accounts;

    @EJB
    Comments comments;

    /** @return why the reply was refused, or empty when it was filed (or had been filed before) */
    public Optional<String> file(InboundReply reply) {
        String receipt = receiptKey(reply.messageId());
        if (receipts.find(receipt).isPresent()) {
            return Optional.empty();
        }
        OptionalLong requestId = Notifications.requestIdFromSubject(reply.subject());
        if (requestId.isEmpty()) {
            return Optional.of("The subject \"" + reply.subject() + "\" from " + reply.from()
                    + " names no request; replies must keep the [Review Desk #…] tag of the notification");
        }
        TargetedReviewRequest request = em.find(TargetedReviewRequest.class, requestId.getAsLong());
        String sender = reply.from() == null ? "" : reply.from().strip().toLowerCase(Locale.ROOT);
        if (request == null || !mayReply(request, sender)) {
            // Said the same way for a request that does not exist, so a reply reveals nothing.
            return Optional.of(sender + " may not comment on request #" + requestId.getAsLong()
                    + ": replies are accepted only from the addresses its notifications go to");
        }
        String body = withoutQuotedHistory(reply.text());
        if (body.isBlank()) {
            return Optional.of("The reply from " + sender + " to request #" + request.id() + " has no text of its own");
        }
        Optional<String> refusal = comments.postByMail(request, sender, displayNameOf(sender), body);
        if (refusal.isPresent()) {
            return Optional.of("The reply from " + sender + " to request #" + request.id() + " was not filed: " + refusal.get());
        }
        // Recorded with the comment; a concurrent copy of the same e-mail fails on the key's unique index and is redelivered.
        if (!receipts.recordFirstArrival(receipt, request.id())) {
            throw new IllegalStateException("E-mail " + reply.messageId() + " was filed by a concurrent delivery; this copy is rolled back");
        }
        return Optional.empty();
    }

    /** The people the request's notifications go to, and the accounts that may see it. */
    private boolean mayReply(TargetedReviewRequest request, String sender) {
        if (sender.isEmpty()) {
            return false;
        }
        if (Notifications.recipients(request).stream().anyMatch(sender::equalsIgnoreCase)) {
            return true;
        }
        return accounts.findByEmail(sender).map(account -> request.isVisibleToSubmitter(account.username(), account.email()))
                .orElse(false);
    }

    private String displayNameOf(String sender) {
        return accounts.findByEmail(sender).map(UserAccount::displayName).orElse(sender);
    }

    static String withoutQuotedHistory(String text) {
        String body = text == null ? "" : text.replace("\r\n", "\n");
        var header = QUOTE_HEADER.matcher(body);
        if (header.find()) {
            body = body.substring(0, header.start());
        }
        StringBuilder own = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            if (!line.startsWith(">")) {
                own.append(line).append('\n');
            }
        }
        return own.toString().strip();
    }

    private static String receiptKey(String messageId) {
        String key = RECEIPT_PREFIX + messageId.replaceAll("[^A-Za-z0-9.@_:-]", "");
        return key.length() > 200 ? key.substring(0, 200) : key;
    }
}
