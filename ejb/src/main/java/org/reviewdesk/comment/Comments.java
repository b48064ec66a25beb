package org.reviewdesk.comment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.attachment.IncomingFile;
import org.reviewdesk.attachment.PendingFile;
import org.reviewdesk.request.CaseNews;
import org.reviewdesk.request.RequestNotFound;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.request.TargetedReviews;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;
import org.reviewdesk.security.Viewer;
import org.reviewdesk.validation.InvalidInput;

/**
 * The conversation about a request: comments and their threads between the submitter (and
 * the people the request is shared with, and the API client that filed it) and review staff,
 * plus the staff's internal notes. Every method reads the request through
 * {@link TargetedReviews#find}, so a request the viewer may not see is {@link RequestNotFound},
 * and internal notes never leave this class for anyone but staff.
 */
@Stateless
public class Comments {

    /** {@code @riley} or {@code @riley.reviewer@example.org}, after a space or at the start of a line. */
    private static final Pattern MENTION =
            Pattern.compile("(?<![\\w@])@([A-Za-z0-9._%+-]+(?:@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})?)");

    /** The author of a comment that arrived by e-mail: {@code mail:} and the address it is from. */
    private static final String MAIL_AUTHOR = "mail:";

    @PersistenceContext
    EntityManager em;

    @EJB
    TargetedReviews reviews;

    @EJB
    UserAccounts accounts;

    @EJB
    Attachments attachments;

    @Inject
    Clock clock;

    @Inject
    Event<CommentPosted> posted;

    @Inject
    Event<CaseNews> news;

    @Inject
    Event<StaffCommented> staffCommented;

    /** A new thread on the request, for everyone who sees it. */
    public Comment post(long requestId, Viewer viewer, String body) {
        return write(reviews.find(requestId, viewer), null, viewer, body, false, List.of());
    }

    /** A note only review staff will ever read. */
    public Comment postInternalNote(long requestId, Viewer staff, String body) {
        return write(reviews.find(requestId, staff), null, staff, body, true, List.of());
    }

    /** A reply in the thread of a comment the viewer can see, on that comment's request. */
    public Comment reply(long parentId, Viewer viewer, String body) {
        Comment parent = visibleComment(parentId, viewer);
        return write(reviews.find(parent.requestId(), viewer), parent, viewer, body, false, List.of());
    }

    /**
     * A comment by an API client, in reply to {@code replyTo} when it is given, shown under {@code clientName} (its
     * organisation's name): the API knows its clients and passes the name, so comments need not know the API. A
     * {@code replyTo} on another request is refused exactly like one that does not exist.
     */
    public Comment postAsClient(long requestId, Long replyTo, Viewer client, String clientName, String body) {
        TargetedReviewRequest request = reviews.find(requestId, client);
        return write(request, repliedTo(requestId, replyTo, client), client, clientName, body, false, List.of());
    }

    /**
     * A comment or internal note, in reply to {@code replyTo} when it is given, with the files
     * the viewer uploaded for it ({@link Attachments#upload}); all of it or, when anything is
     * refused, none of it.
     */
    public Comment post(
            long requestId, Long replyTo, Viewer viewer, String body, boolean internalNote, List<PendingFile> files) {
        TargetedReviewRequest request = reviews.find(requestId, viewer);
        return write(request, repliedTo(requestId, replyTo, viewer), viewer, body, internalNote, files);
    }

    /** The comment {@code replyTo} names, on this request; null when none is named. */
    private Comment repliedTo(long requestId, Long replyTo, Viewer viewer) {
        if (replyTo == null) {
            return null;
        }
        Comment parent = visibleComment(replyTo, viewer);
        if (parent.requestId() != requestId) {
            throw new CommentNotFound(replyTo);
        }
        return parent;
    }

    /**
     * A reply that arrived by e-mail, from the address the caller has checked may still see the
     * request, as a new thread on it, like any comment from the submitter's side: it answers an open
     * documentation request, is audited and indexed, and tells the reviewer. Its files go through
     * the checks of an upload ({@link Attachments#upload}); the refused ones are named on the comment
     * with the reason, next to {@code refusedFiles} the caller refused already. The refusal of the
     * comment itself is returned rather than thrown, so the caller's transaction stays free to
     * dead-letter the e-mail; then no file is kept either.
     *
     * @return why the comment was refused, or empty when it was written
     */
    public Optional<String> postByMail(
            TargetedReviewRequest request,
            String senderAddress,
            String senderName,
            String body,
            List<IncomingFile> files,
            List<String> refusedFiles) {
        CommentAuthor author = new CommentAuthor(MAIL_AUTHOR + senderAddress, senderName, false);
        try {
            Comment.requireOpenFor(request, author, false);
            Attachments.Uploads uploads = attachments.uploadEach(author.username(), files);
            List<PendingFile> accepted = uploads.accepted();
            List<String> refused = new ArrayList<>(refusedFiles);
            refused.addAll(uploads.refused());
            if ((body == null || body.isBlank()) && accepted.isEmpty()) {
                return Optional.of(
                        refused.isEmpty()
                                ? "it has no text of its own"
                                : "it has no text of its own and none of its files could be attached: "
                                        + String.join("; ", refused));
            }
            write(request, null, author, body, false, accepted, refused);
            return Optional.empty();
        } catch (InvalidInput refused) {
            return Optional.of(refused.errors().getFirst().message());
        }
    }

    /**
     * The comments of the request that are new to this member of review staff: written by someone
     * else since they last opened the case ({@link #markRead}), or ever, before they first did.
     * Nobody else has anything marked new.
     */
    public Set<Long> newTo(long requestId, Viewer staff) {
        if (!staff.reviews()) {
            return Set.of();
        }
        CaseReading last = em.find(CaseReading.class, new CaseReading.Key(requestId, staff.username()));
        return thread(requestId, staff).stream()
                .filter(comment -> CaseReading.isNew(comment, staff.username(), last))
                .map(Comment::id)
                .collect(Collectors.toSet());
    }

    /**
     * Records that this member of review staff has opened the case now, so what is in its
     * conversation is no longer new to them. In a transaction of its own: a page that cannot record
     * it (the same person opening the case twice at once) still shows the case.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markRead(long requestId, Viewer staff) {
        if (!staff.reviews()) {
            return;
        }
        reviews.find(requestId, staff);
        CaseReading last = em.find(CaseReading.class, new CaseReading.Key(requestId, staff.username()));
        if (last == null) {
            em.persist(new CaseReading(requestId, staff.username(), clock.instant()));
        } else {
            last.readAgain(clock.instant());
        }
    }

    /**
     * The request's conversation in the order it was written (a reply always after the comment
     * it answers); internal notes only for review staff.
     */
    public List<Comment> thread(long requestId, Viewer viewer) {
        reviews.find(requestId, viewer);
        return em.createNamedQuery(Comment.OF_REQUEST, Comment.class)
                .setParameter("requestId", requestId)
                .getResultStream()
                .filter(comment -> comment.isVisibleTo(viewer))
                .toList();
    }

    /**
     * The whole conversation of each request, internal notes included, in the order it was written, for what Review
     * Desk derives from it (the search index), in one query however many requests; screens go through {@link #thread}.
     * A request without comments is absent.
     */
    public Map<Long, List<Comment>> allOf(Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(Comment.OF_REQUESTS, Comment.class)
                .setParameter("requestIds", requestIds)
                .getResultStream()
                .collect(Collectors.groupingBy(Comment::requestId));
    }

    private Comment write(
            TargetedReviewRequest request,
            Comment parent,
            Viewer viewer,
            String body,
            boolean internalNote,
            List<PendingFile> files) {
        return write(request, parent, viewer, displayNameOf(viewer), body, internalNote, files);
    }

    private Comment write(
            TargetedReviewRequest request,
            Comment parent,
            Viewer viewer,
            String authorName,
            String body,
            boolean internalNote,
            List<PendingFile> files) {
        if (!viewer.actsOnCases()) {
            throw new InvalidInput(
                    Comment.FIELD,
                    "Administrators read cases but do not write on them;"
                            + " a reviewer or supervisor of the case posts comments and notes");
        }
        return write(request, parent, CommentAuthor.of(viewer, authorName), body, internalNote, files, List.of());
    }

    private Comment write(
            TargetedReviewRequest request,
            Comment parent,
            CommentAuthor author,
            String body,
            boolean internalNote,
            List<PendingFile> files,
            List<String> refusedFiles) {
        // Files alone are an answer too (a documentation request is often answered with just the document).
        if ((body == null || body.isBlank()) && !files.isEmpty()) {
            body = "Sent " + files.stream().map(PendingFile::fileName).collect(Collectors.joining(", ")) + ".";
        }
        Comment comment = parent == null
                ? Comment.on(request, author, body, internalNote, refusedFiles, clock.instant())
                : Comment.replyTo(parent, request, author, body, internalNote, clock.instant());
        em.persist(comment);
        em.flush();
        attachments.attachToComment(files, request.id(), comment.id(), comment.isInternalNote(), author.username());
        posted.fire(new CommentPosted(
                request.id(), comment.id(), author.username(), author.staff(), comment.isInternalNote(), files.size()));
        if (comment.isInternalNote()) {
            mentionedIn(comment)
                    .forEach(colleague -> news.fire(new CaseNews(
                            request,
                            colleague.email(),
                            author.displayName() + " mentioned you in an internal note",
                            comment.body())));
        }
        // Staff writing to the submitter is news for everyone on the request; the submitter's side's words are news for
        // the case's reviewer, whom DocumentationRequests tells (as the answer to a documentation request, or as a
        // comment).
        if (author.staff() && !comment.isInternalNote()) {
            staffCommented.fire(new StaffCommented(request, author.displayName(), comment.body()));
        }
        return comment;
    }

    /**
     * The staff accounts an internal note names as {@code @username} or {@code @} and their
     * e-mail address, each once, never the author. Anything else after an @ is just text.
     */
    private List<UserAccount> mentionedIn(Comment note) {
        Set<String> names = new LinkedHashSet<>();
        Matcher mention = MENTION.matcher(note.body());
        while (mention.find()) {
            names.add(mention.group(1).replaceAll("[.]+$", ""));
        }
        return names.stream()
                .map(name -> name.contains("@") ? accounts.findByEmail(name) : accounts.find(name))
                .flatMap(Optional::stream)
                .filter(account -> account.isEnabled() && Viewer.of(account).isStaff())
                .filter(account -> !account.username().equals(note.authorUsername()))
                .distinct()
                .toList();
    }

    private Comment visibleComment(long id, Viewer viewer) {
        Comment comment = em.find(Comment.class, id);
        if (comment == null || !comment.isVisibleTo(viewer)) {
            throw new CommentNotFound(id);
        }
        try {
            reviews.find(comment.requestId(), viewer);
        } catch (RequestNotFound hidden) {
            throw new CommentNotFound(id);
        }
        return comment;
    }

    /** A person by the name on their account (an API client's name comes with {@link #postAsClient}). */
    private String displayNameOf(Viewer viewer) {
        return accounts.find(viewer.username()).map(UserAccount::displayName).orElse(viewer.username());
    }
}
