package org.reviewdesk.comment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reviewdesk.api.ApiClient;
import org.reviewdesk.api.ApiClients;
import org.reviewdesk.mail.Notifications;
import org.reviewdesk.mail.Outbox;
import org.reviewdesk.request.RequestNotFound;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.request.TargetedReviews;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;
import org.reviewdesk.security.Viewer;
import org.reviewdesk.validation.InvalidInput;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The conversation about a request: comments and their threads between the submitter (and
 * the people the request is shared with, and the API client that filed it) and review staff,
 * plus the staff's internal notes. Every method reads the request through
 * {@link TargetedReviews#find}, so a request the viewer may not see is {@link RequestNotFound},
 * and internal notes never leave this class for anyone but staff.
 */
@Stateless
public class Comments {

    @PersistenceContext
    EntityManager em;

    @EJB
    TargetedReviews reviews;

    @EJB
    UserAccounts accounts;

    @EJB
    ApiClients apiClients;

    @EJB
    Outbox outbox;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    @Inject
    Event<CommentPosted> posted;

    /** A new thread on the request, for everyone who sees it. */
    public Comment post(long requestId, Viewer viewer, String body) {
        return write(reviews.find(requestId, viewer), null, viewer, body, false);
    }

    /** A note only review staff will ever read. */
    public Comment postInternalNote(long requestId, Viewer staff, String body) {
        return write(reviews.find(requestId, staff), null, staff, body, true);
    }

    /** A reply in the thread of a comment the viewer can see, on that comment's request. */
    public Comment reply(long parentId, Viewer viewer, String body) {
        Comment parent = visibleComment(parentId, viewer);
        return write(reviews.find(parent.requestId(), viewer), parent, viewer, body, false);
    }

    /**
     * A comment on the request, in reply to {@code replyTo} when it is given. A {@code replyTo}
     * on another request is refused exactly like one that does not exist.
     */
    public Comment post(long requestId, Long replyTo, Viewer viewer, String body) {
        TargetedReviewRequest request = reviews.find(requestId, viewer);
        Comment parent = null;
        if (replyTo != null) {
            parent = visibleComment(replyTo, viewer);
            if (parent.requestId() != requestId) {
                throw new CommentNotFound(replyTo);
            }
        }
        return write(request, parent, viewer, body, false);
    }

    /**
     * A reply that arrived by e-mail from an address the caller has checked may comment on the
     * request, as a new thread. The refusal is returned rather than thrown, so the caller's
     * transaction stays free to dead-letter the e-mail.
     *
     * @return why the comment was refused, or empty when it was written
     */
    public Optional<String> postByMail(TargetedReviewRequest request, String senderAddress, String senderName, String body) {
        try {
            Comment comment = Comment.on(request, new CommentAuthor("mail:" + senderAddress, senderName, false), body, false,
                    clock.instant());
            em.persist(comment);
            return Optional.empty();
        } catch (InvalidInput refused) {
            return Optional.of(refused.errors().getFirst().message());
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

    private Comment write(TargetedReviewRequest request, Comment parent, Viewer viewer, String body, boolean internalNote) {
        CommentAuthor author = CommentAuthor.of(viewer, displayNameOf(viewer));
        Comment comment = parent == null
                ? Comment.on(request, author, body, internalNote, clock.instant())
                : Comment.replyTo(parent, request, author, body, internalNote, clock.instant());
        em.persist(comment);
        em.flush();
        posted.fire(new CommentPosted(request.id(), comment.id(), author.username(), author.staff(), comment.isInternalNote(), 0));
        // Staff writing to the submitter is news for everyone on the request; the submitter's own words are not.
        if (author.staff() && !comment.isInternalNote()) {
            outbox.send(notifications.commentAdded(request, author.displayName(), comment.body()));
        }
        return comment;
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

    /** A person by the name on their account; an API client by its organisation's name. */
    private String displayNameOf(Viewer viewer) {
        return accounts.find(viewer.username()).map(UserAccount::displayName)
                .or(() -> apiClients.byUsername(viewer.username()).map(ApiClient::organisationName))
                .orElse(viewer.username());
    }
}
