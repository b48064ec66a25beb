package org.reviewdesk.mail;

/** Where an e-mail of the {@linkplain MailLog mail log} stands. */
public enum MailState {
    /** Recorded and on the mail queue; not attempted yet (or resent). */
    QUEUED("Queued"),
    /** Handed to the SMTP server. */
    SENT("Sent"),
    /** The SMTP server could not take it; it is attempted again at its next attempt. */
    RETRYING("Retrying"),
    /** Refused for good by the SMTP server, or failed on every attempt: an administrator may resend it. */
    DEAD("Dead"),
    /** Kept in the log only, because no SMTP server is configured (the demo). */
    NOT_SENT("Not sent");

    private final String label;

    MailState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether an administrator may send it again: only mail that will not be delivered otherwise. */
    public boolean resendable() {
        return this == DEAD || this == NOT_SENT;
    }
}
