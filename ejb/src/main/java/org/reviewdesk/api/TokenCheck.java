package org.reviewdesk.api;

import java.time.Instant;

/** What a bearer token sent to the API turned out to be. */
public sealed interface TokenCheck {

    /** A token issued, not revoked, not expired: the call acts as its client. */
    record Accepted(ApiClient client) implements TokenCheck {}

    /**
     * A token that was issued and has expired. Saying so tells nothing to a stranger: only the holder of
     * the secret gets this answer, and it tells them what to do (ask for a new token).
     */
    record Expired(Instant expiredAt) implements TokenCheck {}

    /** Anything else (missing, malformed, unknown, revoked), refused without saying why. */
    record Refused() implements TokenCheck {}
}
