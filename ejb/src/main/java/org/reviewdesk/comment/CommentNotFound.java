package org.reviewdesk.comment;

import jakarta.ejb.ApplicationException;

/**
 * No comment with that ID that this person may answer. Said the same way whether it does
 * not exist, is on a request they cannot see, or is an internal note hidden from them.
 */
@ApplicationException(rollback = true)
public class CommentNotFound extends RuntimeException {

    public CommentNotFound(long id) {
        super("There is no comment " + id + " that you can reply to");
    }
}
