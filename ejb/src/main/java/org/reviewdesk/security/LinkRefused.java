package org.reviewdesk.security;

import jakarta.ejb.ApplicationException;

/**
 * A one-time link that does not work (unknown, used, replaced, expired, or its account disabled), with a
 * message that says what is wrong and what to do. Nothing was changed.
 */
@ApplicationException(rollback = true)
public class LinkRefused extends RuntimeException {

    public LinkRefused(String message) {
        super(message);
    }
}
