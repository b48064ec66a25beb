package org.reviewdesk.portal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reviewdesk.attachment.Attachment;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.comment.web.Conversation;
import org.reviewdesk.review.DocumentationRequest;
import org.reviewdesk.review.DocumentationRequests;
import org.reviewdesk.request.RequestNotFound;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.request.TargetedReviews;
import org.reviewdesk.security.web.CurrentUser;
import org.reviewdesk.web.Pages;

import java.io.Serializable;
import java.util.List;

/** Everything filed on one request, as its submitter and the people it is shared with see it. */
@Named
@ViewScoped
public class RequestDetails implements Serializable {

    @EJB
    TargetedReviews reviews;

    @EJB
    Attachments attachments;

    @EJB
    DocumentationRequests documentationRequests;

    @Inject
    CurrentUser currentUser;

    @Inject
    Conversation conversation;

    private Long id;
    private TargetedReviewRequest filed;
    private List<Attachment> files = List.of();
    private List<DocumentationRequest> documentation = List.of();

    public void open() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            filed = reviews.find(id, currentUser.viewer());
            files = attachments.of(id, currentUser.viewer()).stream().filter(file -> file.commentId() == null).toList();
            documentation = documentationRequests.of(id, currentUser.viewer());
            conversation.open(id);
        } catch (RequestNotFound notFound) {
            Pages.notFound();
        }
    }

    /** Reads the documentation requests again: the submitter's comment may just have answered one. */
    public void refreshDocumentation() {
        if (filed != null) {
            documentation = documentationRequests.of(id, currentUser.viewer());
        }
    }

    public boolean isEditable() {
        return filed.isEditableBy(currentUser.getUsername());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TargetedReviewRequest getFiled() {
        return filed;
    }

    /** The reviewer's documentation requests, newest first: the open one is what the submitter must answer. */
    public List<DocumentationRequest> getDocumentation() {
        return documentation;
    }

    public List<Attachment> getFiles() {
        return files;
    }
}
