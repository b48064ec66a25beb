package org.reviewdesk.reply;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.reviewdesk.comment.Comments;
import org.reviewdesk.intake.IntakeReceipts;
import org.reviewdesk.mail.InboundReply;
import org.reviewdesk.mail.Notifications;
import org.reviewdesk.mail.ReplyAddresses;
import org.reviewdesk.mail.ReplyToken;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;

/**
 * Decides whether an e-mail reply becomes a comment, and files it (DESIGN §10): only through the
 * token of its reply address, for the recipient the token was issued to. Every check is made before
 * anything is written and a refusal is returned, not thrown, so the caller's transaction stays
 * free to dead-letter the reply.
 */
@Stateless
public class ReplyFiling {

    /** Receipts of replies share the intake's processed-keys table, under their own prefix. */
    static final String RECEIPT_PREFIX = "mail-reply:";

    /** Where a mail program starts quoting the message replied to. */
    private static final Pattern QUOTE_HEADER =
            Pattern.compile("(?m)^(On .{1,200} wrote:|-{2,} ?Original Message ?-{2,}|From: .+)\\s*$");

    /** Control characters other than line breaks and tabs (C0 and C1). */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cntrl}\\x{80}-\\x{9F}&&[^\\n\\t]]");

    @PersistenceContext
    EntityManager em;

    @EJB
    IntakeReceipts receipts;

    @EJB
    UserAccounts accounts;

    @EJB
    Comments comments;

    @EJB
    ReplyAddresses replyAddresses;

    /**
     * Files the reply on the request its reply address's token is bound to, as the token's
     * recipient, if that address may still see the request. The From header decides nothing:
     * anyone can write any From.
     *
     * @return why the reply was refused, or empty when it was filed (or had been filed before)
     */
    public Optional<String> file(InboundReply reply) {
        String receipt = receiptKey(reply.messageId());
        if (receipts.find(receipt).isPresent()) {
            return Optional.empty();
        }
        Optional<ReplyToken> token = replyAddresses.tokenOf(reply.addressedTo());
        if (token.isEmpty()) {
            return Optional.of(withoutToken(reply));
        }
        long requestId = token.get().requestId();
        String recipient = token.get().recipient();
        TargetedReviewRequest request = em.find(TargetedReviewRequest.class, requestId);
        if (request == null || !maySee(request, recipient)) {
            return Optional.of("The reply address of " + recipient + " for request #" + requestId + " no longer works: "
                    + recipient + " may no longer see the request (the mail says it is from " + reply.from() + ")");
        }
        String body = withoutQuotedHistory(reply.text());
        Optional<String> refusal = comments.postByMail(
                request, recipient, displayNameOf(recipient), body, reply.files(), reply.refusedFiles());
        if (refusal.isPresent()) {
            return Optional.of(
                    "The reply of " + recipient + " to request #" + request.id() + " was not filed: " + refusal.get());
        }
        // Recorded with the comment; a concurrent copy of the same e-mail fails on the key's unique index and is
        // redelivered.
        if (!receipts.recordFirstArrival(receipt, request.id())) {
            throw new IllegalStateException(
                    "E-mail " + reply.messageId() + " was filed by a concurrent delivery; this copy is rolled back");
        }
        return Optional.empty();
    }

    /** Why a reply without a known token is refused, naming what it claims, so an administrator can follow it up. */
    private String withoutToken(InboundReply reply) {
        OptionalLong named = Notifications.requestIdFromSubject(reply.subject());
        String claim = "The reply from " + reply.from() + " with the subject \"" + reply.subject() + "\""
                + (named.isPresent() ? " (naming request #" + named.getAsLong() + ")" : "");
        return claim
                + (replyAddresses.carriesAToken(reply.addressedTo())
                        ? " was sent to a reply address whose token Review Desk never issued"
                        : " was not sent to a reply address of Review Desk's: replies are filed only through the reply address of a notification,"
                                + " whatever their From or subject say");
    }

    /**
     * Whether the recipient may still see the request, decided now by the request's access rule: its
     * contact address (the submitter's own), an address it is shared with, or an account that may see it.
     */
    private boolean maySee(TargetedReviewRequest request, String recipient) {
        if (recipient.equalsIgnoreCase(request.contactEmail()) || request.isVisibleToSubmitter("", recipient)) {
            return true;
        }
        return accounts.findByEmail(recipient)
                .map(account -> request.isVisibleToSubmitter(account.username(), account.email()))
                .orElse(false);
    }

    private String displayNameOf(String sender) {
        return accounts.findByEmail(sender).map(UserAccount::displayName).orElse(sender);
    }

    /**
     * The reply's own words: without the quoted e-mail, and without the invisible control characters some mail
     * programs put in (form feeds, NULs), which a comment refuses: the person wrote words, not those.
     */
    static String withoutQuotedHistory(String text) {
        String body = text == null
                ? ""
                : INVISIBLE.matcher(text.replace("\r\n", "\n")).replaceAll("");
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
