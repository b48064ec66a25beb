package org.reviewdesk.attachment;

import jakarta.ejb.ApplicationException;

/**
 * No file with that ID that this person may open. Said the same way whether it does not
 * exist or belongs to a request they cannot see, so IDs reveal nothing.
 */
@ApplicationException(rollback = true)
public class AttachmentNotFound extends RuntimeException {

    public AttachmentNotFound(long id) {
        super("There is no file " + id + " that you can open");
    }
}
