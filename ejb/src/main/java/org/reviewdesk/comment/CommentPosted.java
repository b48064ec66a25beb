package org.reviewdesk.comment;

/** A comment was written; fired inside the transaction that writes it. */
public record CommentPosted(
        long requestId,
        long commentId,
        String authorUsername,
        boolean byStaff,
        boolean internalNote,
        int attachments) {}
