package org.reviewdesk.api;

import jakarta.ejb.ApplicationException;

/**
 * The request key was used by another sender. Keys are the sender's promise that the same key
 * means the same request, so one client may never send under another's key: its request would
 * silently count as the other's.
 */
@ApplicationException(rollback = true)
public class RequestKeyTaken extends RuntimeException {

    public RequestKeyTaken(String requestKey) {
        super("The request key \"" + requestKey + "\" is used by another sender; choose keys unique to your system,"
                + " for example with a prefix of your organisation's name");
    }
}
