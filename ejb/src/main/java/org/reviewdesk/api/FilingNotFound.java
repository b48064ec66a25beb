package org.reviewdesk.api;

import jakarta.ejb.ApplicationException;

/**
 * No request that this client sent under that key. Said the same way whether the key is
 * unknown or another client's, so keys reveal nothing.
 */
@ApplicationException(rollback = true)
public class FilingNotFound extends RuntimeException {

    public FilingNotFound(String requestKey) {
        super("You have sent no request with the key \"" + requestKey + "\"");
    }
}
