package org.reviewdesk.comment;

import org.reviewdesk.security.Viewer;

/**
 * Who writes a comment, as the thread shows them. Kept on each comment as written, so a
 * later change of name or role does not rewrite the conversation.
 *
 * @param username    the account (or API client identity, {@code api:<id>}) that wrote it
 * @param displayName the name shown with the comment
 * @param staff       whether they are review staff, who alone write internal notes
 */
public record CommentAuthor(String username, String displayName, boolean staff) {

    public CommentAuthor {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("A comment's author needs a user name");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("A comment's author needs a name to show");
        }
        // One line, at most the column's width: a name is shown in headings and mail subjects.
        displayName = displayName.strip().replaceAll("\\s+", " ");
        if (displayName.length() > Comment.MAX_AUTHOR_NAME) {
            displayName = displayName.substring(0, Comment.MAX_AUTHOR_NAME);
        }
    }

    public static CommentAuthor of(Viewer viewer, String displayName) {
        return new CommentAuthor(viewer.username(), displayName, viewer.isStaff());
    }
}
