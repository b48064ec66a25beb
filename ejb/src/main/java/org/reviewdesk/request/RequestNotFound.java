package org.reviewdesk.request;

import jakarta.ejb.ApplicationException;

/**
 * No request with that ID that this person may see. Said the same way whether it does not
 * exist or belongs to someone else, so IDs reveal nothing.
 */
@ApplicationException(rollback = true)
public class RequestNotFound extends RuntimeException {

    public RequestNotFound(long id) {
        super("There is no request " + id + " that you can open");
    }
}
