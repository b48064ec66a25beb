package org.reviewdesk.api;

import java.time.Instant;
import java.util.Optional;
import org.reviewdesk.request.TargetedReviewRequest;

/**
 * Where a request an API client sent stands.
 *
 * @param requestKey the client's key
 * @param state      {@code QUEUED} (received, not processed yet), {@code REJECTED} (refused by intake; see
 *                   {@code reason}), or the status of the case it became, such as {@code SUBMITTED_IN_REVIEW}
 * @param request    the case, once intake filed it
 * @param reason     why intake refused it, when {@code REJECTED}
 * @param receivedAt when the API last received a request under this key
 */
public record FilingStatus(
        String requestKey, String state, Optional<TargetedReviewRequest> request, String reason, Instant receivedAt) {

    public static final String QUEUED = "QUEUED";
    public static final String REJECTED = "REJECTED";
}
