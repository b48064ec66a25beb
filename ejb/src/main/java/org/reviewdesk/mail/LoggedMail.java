package org.reviewdesk.mail;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One e-mail as the {@linkplain MailLog mail log} keeps it: one message handed (or to be handed) to SMTP, with its
 * recipients, subject, rendered body and where its delivery stands. A notification with reply addresses is one
 * e-mail per recipient ({@link Outbox}), so one row each; other mail is one row with all its recipients.
 * The Reply-To is not kept: it carries a reply token, a secret stored only as a hash.
 */
@Entity
@Table(name = "mail_log")
public class LoggedMail {

    /** Why mail is kept without being sent, in the words the mail log shows. */
    public static final String NO_SMTP_SERVER = "not sent: no SMTP server configured";

    /** What the log shows instead of a one-time link, which is stored nowhere in readable form. */
    public static final String WITHHELD = "[one-time link: sent, but not kept in the mail log]";

    static final int MAX_RECIPIENTS = 32000;
    static final int MAX_SUBJECT = 1000;
    static final int MAX_BODY = 200000;
    static final int MAX_ERROR = 2000;
    static final String RECIPIENT_SEPARATOR = ", ";

    @Id
    @SequenceGenerator(name = "mail_log_seq", sequenceName = "mail_log_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_log_seq")
    private Long id;

    @Column(name = "mail_key", nullable = false, length = 36, unique = true, updatable = false)
    private String mailKey;

    @Column(name = "request_id", updatable = false)
    private Long requestId;

    @Column(name = "replies_filed", nullable = false, updatable = false)
    private boolean repliesFiled;

    @Column(nullable = false, length = MAX_RECIPIENTS, updatable = false)
    private String recipients;

    @Column(nullable = false, length = MAX_SUBJECT, updatable = false)
    private String subject;

    @Column(nullable = false, length = MAX_BODY, updatable = false)
    private String body;

    @Column(name = "secret_withheld", nullable = false, updatable = false)
    private boolean secretWithheld;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailState state;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mail_resend", joinColumns = @JoinColumn(name = "mail_id"))
    @OrderBy("resentAt")
    private List<MailResend> resends = new ArrayList<>();

    protected LoggedMail() {}

    /**
     * A mail about to be queued, or, when {@code sendable} is false, kept as {@linkplain MailState#NOT_SENT not sent}
     * because no SMTP server is configured.
     *
     * @param requestId the request it is about, or null
     */
    LoggedMail(OutgoingMail mail, String mailKey, Long requestId, Instant queuedAt, boolean sendable) {
        String joined = String.join(RECIPIENT_SEPARATOR, mail.recipients());
        if (joined.length() > MAX_RECIPIENTS) {
            throw new IllegalArgumentException("An e-mail goes to at most " + MAX_RECIPIENTS
                    + " characters of addresses, not " + joined.length() + "; send it in parts");
        }
        this.mailKey = mailKey;
        this.requestId = requestId;
        this.repliesFiled = mail.repliesTo() != null;
        this.recipients = joined;
        this.subject = cut(mail.subject(), MAX_SUBJECT);
        this.secretWithheld = mail.secret() != null;
        this.body = cut(secretWithheld ? mail.body().replace(mail.secret(), WITHHELD) : mail.body(), MAX_BODY);
        this.queuedAt = queuedAt;
        this.state = sendable ? MailState.QUEUED : MailState.NOT_SENT;
        this.lastError = sendable ? null : NO_SMTP_SERVER;
    }

    /** The SMTP server took it on this attempt. Once sent, it stays sent (a redelivered copy changes nothing). */
    void sent(int attempt, Instant at) {
        if (state == MailState.SENT) {
            return;
        }
        state = MailState.SENT;
        attempts = attempt;
        sentAt = at;
        nextAttemptAt = null;
        lastError = null;
    }

    /** The SMTP server could not take it on this attempt; the broker delivers it again at {@code nextAttempt}. */
    void retrying(int attempt, String error, Instant nextAttempt) {
        if (state == MailState.SENT) {
            return;
        }
        state = MailState.RETRYING;
        attempts = attempt;
        nextAttemptAt = nextAttempt;
        lastError = cut(error, MAX_ERROR);
    }

    /** It will not be delivered: refused for good, or failed on its last attempt. */
    void dead(int attempt, String error) {
        if (state == MailState.SENT) {
            return;
        }
        state = MailState.DEAD;
        attempts = attempt;
        nextAttemptAt = null;
        lastError = cut(error, MAX_ERROR);
    }

    /** Queued once more by an administrator, with a fresh count of attempts; recorded with who did it. */
    void resend(String by, Instant at) {
        if (!resendable()) {
            throw new IllegalStateException("Only a dead or unsent mail without a one-time link is resent; this one is "
                    + state.label().toLowerCase(Locale.ROOT) + (secretWithheld ? " and carried a link" : ""));
        }
        resends.add(new MailResend(at, by));
        state = MailState.QUEUED;
        attempts = 0;
        nextAttemptAt = null;
        lastError = null;
    }

    /**
     * Whether an administrator may send it again: a dead or unsent mail, unless it carried a one-time link (the log
     * does not have it; a new link is sent from the person's account instead).
     */
    public boolean resendable() {
        return state.resendable() && !secretWithheld;
    }

    /** Whether the body held a one-time link, which the log shows as {@link #WITHHELD}. */
    public boolean secretWithheld() {
        return secretWithheld;
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "\u2026";
    }

    public Long id() {
        return id;
    }

    /** The outbox key, from which every attempt's Message-ID is made. */
    public String mailKey() {
        return mailKey;
    }

    /** The request this mail is about, or null (mail about an account). */
    public Long requestId() {
        return requestId;
    }

    /** Whether a reply to it is filed on its request, through a reply address of its recipient's own. */
    public boolean repliesFiled() {
        return repliesFiled;
    }

    public List<String> recipients() {
        return List.of(recipients.split(RECIPIENT_SEPARATOR));
    }

    public String recipientList() {
        return recipients;
    }

    public String subject() {
        return subject;
    }

    /** The text as rendered and sent. */
    public String body() {
        return body;
    }

    public MailState state() {
        return state;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    /** When the SMTP server took it, or null. */
    public Instant sentAt() {
        return sentAt;
    }

    /** How many delivery attempts it had (since its last resend). */
    public int attempts() {
        return attempts;
    }

    /** When a retrying mail is attempted again, or null. */
    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    /** The last SMTP error (retrying, dead), or why it was not sent; null otherwise. */
    public String lastError() {
        return lastError;
    }

    public List<MailResend> resends() {
        return List.copyOf(resends);
    }
}
