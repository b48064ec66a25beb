package org.reviewdesk.comment.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.reviewdesk.attachment.Attachment;
import org.reviewdesk.attachment.AttachmentPolicy;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.attachment.PendingFile;
import org.reviewdesk.comment.Comment;
import org.reviewdesk.comment.CommentNotFound;
import org.reviewdesk.comment.Comments;
import org.reviewdesk.request.RequestNotFound;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.request.TargetedReviews;
import org.reviewdesk.security.web.CurrentUser;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.web.FormErrors;
import org.reviewdesk.web.Pages;

/**
 * The threads of one request as the signed-in person may see them (internal notes only for
 * staff), and the form to write in them: a new comment, or a reply to any comment, with files.
 * Used by the portal's view details page and the staff case page through
 * {@code WEB-INF/templates/conversation.xhtml}; the page's bean calls {@link #open}.
 */
@Named
@ViewScoped
public class Conversation implements Serializable {

    /** A comment in thread order, with how deep it is, what it answers, and whether it is new to the reader. */
    public record Entry(Comment comment, int depth, String inReplyTo, List<Attachment> files, boolean isNew)
            implements Serializable {}

    /** Replies indent up to this depth; deeper ones stay there, still saying whom they answer. */
    private static final int MAX_INDENT = 4;

    @EJB
    Comments comments;

    @EJB
    Attachments attachments;

    @EJB
    TargetedReviews reviews;

    @Inject
    CurrentUser currentUser;

    private final FormErrors errors = new FormErrors();
    private long requestId;
    private boolean open;
    private List<Entry> entries = List.of();
    private Set<Long> unread = Set.of();
    /** The request whose new comments {@link #unread} holds; the page opens the conversation again after each action. */
    private Long readFor;

    private Long replyTo;
    private String body;
    private boolean internalNote;
    private final List<PendingFile> pending = new ArrayList<>();

    /**
     * Opens the conversation; for review staff, what others wrote since they last opened the case
     * stays marked "New" while they are on the page, and is no longer new the next time.
     */
    public void open(long id) {
        if (readFor == null || readFor != id) {
            unread = comments.newTo(id, currentUser.viewer());
            try {
                comments.markRead(id, currentUser.viewer());
            } catch (EJBException openedTwiceAtOnce) {
                // The same person opened the case in another tab at the same moment; that one recorded it.
            }
            readFor = id;
        }
        requestId = id;
        refresh();
    }

    private void refresh() {
        open = reviews.find(requestId, currentUser.viewer()).status() == RequestStatus.SUBMITTED_IN_REVIEW;
        List<Comment> thread = comments.thread(requestId, currentUser.viewer());
        Map<Long, List<Attachment>> files = new HashMap<>();
        for (Attachment file : attachments.of(requestId, currentUser.viewer())) {
            if (file.commentId() != null) {
                files.computeIfAbsent(file.commentId(), comment -> new ArrayList<>())
                        .add(file);
            }
        }
        Map<Long, Comment> byId = new HashMap<>();
        Map<Long, List<Comment>> replies = new HashMap<>();
        List<Comment> roots = new ArrayList<>();
        for (Comment comment : thread) {
            byId.put(comment.id(), comment);
        }
        for (Comment comment : thread) {
            if (comment.parentId() != null && byId.containsKey(comment.parentId())) {
                replies.computeIfAbsent(comment.parentId(), parent -> new ArrayList<>())
                        .add(comment);
            } else {
                roots.add(comment);
            }
        }
        List<Entry> ordered = new ArrayList<>();
        for (Comment root : roots) {
            addThread(root, 0, byId, replies, files, ordered);
        }
        ordered.replaceAll(entry -> new Entry(
                entry.comment(),
                entry.depth(),
                entry.inReplyTo(),
                entry.files(),
                unread.contains(entry.comment().id())));
        entries = ordered;
    }

    private static void addThread(
            Comment comment,
            int depth,
            Map<Long, Comment> byId,
            Map<Long, List<Comment>> replies,
            Map<Long, List<Attachment>> files,
            List<Entry> ordered) {
        Comment parent = comment.parentId() == null ? null : byId.get(comment.parentId());
        ordered.add(new Entry(
                comment,
                Math.min(depth, MAX_INDENT),
                parent == null ? null : parent.authorName(),
                files.getOrDefault(comment.id(), List.of()),
                false));
        List<Comment> answers = new ArrayList<>(replies.getOrDefault(comment.id(), List.of()));
        answers.sort(Comparator.comparing(Comment::createdAt).thenComparing(Comment::id));
        for (Comment answer : answers) {
            addThread(answer, depth + 1, byId, replies, files, ordered);
        }
    }

    /** Opens the reply form under this comment, keeping what was typed so far. */
    public void replyTo(long commentId) {
        replyTo = commentId;
        errors.clear();
    }

    /** Back to a new thread, keeping what was typed. */
    public void cancelReply() {
        replyTo = null;
        errors.clear();
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        errors.clear();
        try (InputStream content = file.getInputStream()) {
            PendingFile kept = attachments.upload(currentUser.getUsername(), file.getFileName(), content);
            if (pending.stream().noneMatch(already -> already.sha256().equals(kept.sha256()))) {
                pending.add(kept);
            }
        } catch (InvalidInput refused) {
            errors.show(refused);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void removePending(String sha256) {
        pending.removeIf(file -> file.sha256().equals(sha256));
    }

    public void send() {
        errors.clear();
        try {
            Comment written =
                    comments.post(requestId, replyTo, currentUser.viewer(), body, internalNote, List.copyOf(pending));
            Pages.info((written.isInternalNote() ? "Internal note" : replyTo == null ? "Comment" : "Reply") + " posted"
                    + (pending.isEmpty()
                            ? ""
                            : " with " + pending.size() + " file" + (pending.size() == 1 ? "" : "s")));
            body = null;
            replyTo = null;
            internalNote = false;
            pending.clear();
        } catch (InvalidInput refused) {
            errors.show(refused);
        } catch (CommentNotFound | RequestNotFound gone) {
            Pages.message(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, gone.getMessage());
        }
        refresh();
    }

    public String describe(PendingFile file) {
        return AttachmentPolicy.describe(file.mediaType()) + ", " + AttachmentPolicy.size(file.sizeBytes());
    }

    public boolean isStaff() {
        return currentUser.viewer().isStaff();
    }

    /** Whether new comments may be written: while the request is in review; staff notes always. */
    public boolean isOpen() {
        return open;
    }

    /** An administrator reads the conversation but never writes in it. */
    public boolean isWritable() {
        return currentUser.viewer().actsOnCases() && (open || isStaff());
    }

    public List<Entry> getEntries() {
        return entries;
    }

    public Long getReplyTo() {
        return replyTo;
    }

    public String getReplyToAuthor() {
        return entries.stream()
                .filter(entry -> entry.comment().id().equals(replyTo))
                .map(entry -> entry.comment().authorName())
                .findFirst()
                .orElse("");
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isInternalNote() {
        return internalNote;
    }

    public void setInternalNote(boolean internalNote) {
        this.internalNote = internalNote;
    }

    public List<PendingFile> getPending() {
        return pending;
    }

    public FormErrors getErrors() {
        return errors;
    }

    public long getMaxUploadBytes() {
        return AttachmentPolicy.MAX_BYTES;
    }
}
