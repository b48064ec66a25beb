package org.reviewdesk.retention;

import java.time.Instant;
import java.time.LocalDate;
import org.reviewdesk.request.TargetedReviewRequest;

/** An abandoned draft's owner is to be warned of its purge; fired inside the transaction that records the warning. */
public record DraftPurgeWarned(
        String ownerEmail, TargetedReviewRequest draft, Instant windowClosed, LocalDate purgeDay, long keptForDays) {}
