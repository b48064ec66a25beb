package org.reviewdesk.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The e-mail that told a draft's owner it was abandoned and will be purged unless they touch it. */
@Entity
@Table(name = "draft_purge_warning")
public class DraftWarning {

    @Id
    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "warned_at", nullable = false)
    private Instant warnedAt;

    @Column(name = "sent_to", nullable = false, length = 320)
    private String sentTo;

    protected DraftWarning() {}

    DraftWarning(long requestId, Instant warnedAt, String sentTo) {
        this.requestId = requestId;
        this.warnedAt = warnedAt;
        this.sentTo = sentTo;
    }

    public Instant warnedAt() {
        return warnedAt;
    }

    /** Whether the draft was changed after this warning, which then no longer counts. */
    public boolean isVoidedBy(Instant lastTouched) {
        return lastTouched.isAfter(warnedAt);
    }

    public LocalDate purgeDay() {
        return RetentionPeriod.draftPurgeDay(warnedAt);
    }
}
