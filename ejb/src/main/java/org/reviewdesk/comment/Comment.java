package org.reviewdesk.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.security.Viewer;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.PlainText;

/**
 * One comment in the conversation about a request, or a reply in one of its threads.
 * <p>
 * It guards its own rules: a body that is not blank and not longer than {@link #MAX_BODY};
 * only review staff write internal notes; a reply belongs to the request of the comment it
 * answers, and a reply to an internal note is an internal note too, so a submitter never sees
 * an answer to something hidden from them. The conversation opens when a request is submitted
 * (a draft is still the submitter's own text, which nobody reviews) and, for everything but
 * internal notes, closes with the decision or withdrawal: a closed case never reopens, and a
 * submitter with more to say files a new request. Staff keep writing internal notes on closed
 * cases, for the record. A comment never changes once written.
 */
@Entity
@Table(name = "request_comment")
@NamedQuery(
        name = Comment.OF_REQUEST,
        query = "SELECT c FROM Comment c WHERE c.requestId = :requestId ORDER BY c.createdAt, c.id")
@NamedQuery(
        name = Comment.OF_REQUESTS,
        query = "SELECT c FROM Comment c WHERE c.requestId IN :requestIds ORDER BY c.createdAt, c.id")
public class Comment {

    static final String OF_REQUEST = "Comment.ofRequest";
    static final String OF_REQUESTS = "Comment.ofRequests";

    public static final int MAX_BODY = 20_000;
    public static final int MAX_AUTHOR_NAME = 200;
    /** Room for the files of a reply by e-mail that were not attached, with their reasons. */
    static final int MAX_REFUSED_FILES = 4000;

    /** How a comment's body is named in refusals, on screens and in the API. */
    public static final String FIELD = FormField.COMMENT.label();

    /** Comments are excerpted in mail: the whole conversation is read, and answered, in Review Desk. */
    static final int EXCERPT_LENGTH = 600;

    @Id
    @SequenceGenerator(name = "request_comment_seq", sequenceName = "request_comment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_comment_seq")
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "author_username", nullable = false, length = 100)
    private String authorUsername;

    @Column(name = "author_name", nullable = false, length = MAX_AUTHOR_NAME)
    private String authorName;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "internal_note", nullable = false)
    private boolean internalNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Files sent with it that were not attached, one per line, each named with the reason; null when none. */
    @Column(name = "refused_files", length = MAX_REFUSED_FILES)
    private String refusedFiles;

    protected Comment() {}

    private Comment(
            Long requestId,
            Long parentId,
            CommentAuthor author,
            String body,
            boolean internalNote,
            List<String> refusedFiles,
            Instant createdAt) {
        this.requestId = requestId;
        this.parentId = parentId;
        this.authorUsername = author.username();
        this.authorName = author.displayName();
        this.body = body;
        this.internalNote = internalNote;
        this.refusedFiles = joined(refusedFiles);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * A new comment that starts a thread on the request.
     *
     * @param internalNote whether only review staff may ever read it
     * @throws InvalidInput when the body is blank or too long, the author may not write an internal
     *                      note, or the request's conversation is not open for this comment
     */
    public static Comment on(
            TargetedReviewRequest request, CommentAuthor author, String body, boolean internalNote, Instant now) {
        return on(request, author, body, internalNote, List.of(), now);
    }

    /**
     * As {@link #on(TargetedReviewRequest, CommentAuthor, String, boolean, Instant)}, naming the files
     * that came with it and were refused, each with the reason (a reply by e-mail cannot be sent
     * back to fix a file, so what was not attached is kept in the record).
     */
    public static Comment on(
            TargetedReviewRequest request,
            CommentAuthor author,
            String body,
            boolean internalNote,
            List<String> refusedFiles,
            Instant now) {
        requireOpenFor(request, author, internalNote);
        return new Comment(request.id(), null, author, checkedBody(body), internalNote, refusedFiles, now);
    }

    /**
     * A reply in the thread of {@code parent}, on the parent's request. A reply to an internal
     * note is an internal note whatever {@code internalNote} says.
     *
     * @param request the request of the parent comment
     * @throws IllegalArgumentException when the parent belongs to another request
     * @throws InvalidInput             as for {@link #on}
     */
    public static Comment replyTo(
            Comment parent,
            TargetedReviewRequest request,
            CommentAuthor author,
            String body,
            boolean internalNote,
            Instant now) {
        if (!Objects.equals(parent.requestId, request.id())) {
            throw new IllegalArgumentException("Comment " + parent.id + " is on request " + parent.requestId
                    + ", not on request " + request.id() + "; a reply stays on its thread's request");
        }
        boolean internal = internalNote || parent.internalNote;
        requireOpenFor(request, author, internal);
        return new Comment(parent.requestId, parent.id, author, checkedBody(body), internal, List.of(), now);
    }

    /**
     * Checks that this author may start a thread on the request now, before anything that comes
     * with the comment (files) is kept.
     *
     * @throws InvalidInput as for {@link #on}
     */
    static void requireOpenFor(TargetedReviewRequest request, CommentAuthor author, boolean internalNote) {
        if (internalNote && !author.staff()) {
            throw new InvalidInput(FIELD, "Only review staff write internal notes");
        }
        RequestStatus status = request.status();
        if (status.isDraft()) {
            throw new InvalidInput(
                    FIELD, "This request is still a draft; the conversation starts once it is submitted");
        }
        if (!internalNote && status != RequestStatus.SUBMITTED_IN_REVIEW) {
            throw new InvalidInput(
                    FIELD,
                    "This request is " + status.label().toLowerCase(Locale.ROOT)
                            + ", so its conversation is closed; file a new request to raise something new");
        }
    }

    private static String checkedBody(String body) {
        String text = body == null ? "" : body.replace("\r\n", "\n").strip();
        if (text.isEmpty()) {
            throw new InvalidInput(FIELD, "Write something before sending the comment");
        }
        if (text.length() > MAX_BODY) {
            throw new InvalidInput(
                    FIELD,
                    "Keep a comment under " + MAX_BODY + " characters (it has " + text.length()
                            + "); attach longer material as a document");
        }
        return PlainText.lines(text, FIELD, MAX_BODY);
    }

    /** One line per refused file, cut to the column: the first ones whole, then how many more there were. */
    private static String joined(List<String> refusedFiles) {
        if (refusedFiles.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < refusedFiles.size(); i++) {
            String line = refusedFiles.get(i).replaceAll("[\\r\\n]+", " ").strip();
            String more = "and " + (refusedFiles.size() - i) + " more files";
            if (text.length() + line.length() + more.length() + 2 > MAX_REFUSED_FILES) {
                return text.append(text.isEmpty() ? "" : "\n").append(more).toString();
            }
            text.append(text.isEmpty() ? "" : "\n").append(line);
        }
        return text.toString();
    }

    /** Internal notes are for review staff only; everything else is for everyone who sees the request. */
    public boolean isVisibleTo(Viewer viewer) {
        return !internalNote || viewer.isStaff();
    }

    public Long id() {
        return id;
    }

    public Long requestId() {
        return requestId;
    }

    /** The comment this one answers, or null when it starts a thread. */
    public Long parentId() {
        return parentId;
    }

    public String authorUsername() {
        return authorUsername;
    }

    public String authorName() {
        return authorName;
    }

    public String body() {
        return body;
    }

    public boolean isInternalNote() {
        return internalNote;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /**
     * The start of a comment as mail quotes it (to the submitter's side and to the reviewer): at most
     * {@value #EXCERPT_LENGTH} characters, cut after a whole word where there is one, with an ellipsis.
     */
    public static String excerpt(String comment) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("A comment excerpt needs the comment");
        }
        String text = comment.replace("\r\n", "\n").strip();
        if (text.length() <= EXCERPT_LENGTH) {
            return text;
        }
        String cut = text.substring(0, EXCERPT_LENGTH);
        int wordEnd = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('\n'));
        return (wordEnd > EXCERPT_LENGTH / 2 ? cut.substring(0, wordEnd) : cut).stripTrailing() + " \u2026";
    }

    /** The files that came with it and were not attached, each named with the reason; empty when none. */
    public List<String> refusedFiles() {
        return refusedFiles == null ? List.of() : List.of(refusedFiles.split("\n"));
    }
}
