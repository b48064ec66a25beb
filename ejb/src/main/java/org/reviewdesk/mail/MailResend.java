package org.reviewdesk.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One "Resend" of a logged mail: who asked for it and when. Never changed. */
@Embeddable
public class MailResend {

    @Column(name = "resent_at", nullable = false)
    private Instant resentAt;

    @Column(name = "resent_by", nullable = false, length = 100)
    private String resentBy;

    protected MailResend() {}

    MailResend(Instant resentAt, String resentBy) {
        this.resentAt = resentAt;
        this.resentBy = resentBy;
    }

    public Instant resentAt() {
        return resentAt;
    }

    /** The user name of the administrator who resent it. */
    public String resentBy() {
        return resentBy;
    }
}
