package org.reviewdesk.api;

import java.time.Instant;

/**
 * An API token expires soon and its warning was claimed; fired inside the transaction that claims it.
 *
 * @param contactEmail the contact of the organisation that holds it
 */
public record ApiTokenExpiring(
        String contactEmail, String organisation, String label, String hint, Instant expiresAt) {}
