package org.reviewdesk.portal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.reviewdesk.attachment.Attachment;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.comment.web.Conversation;
import org.reviewdesk.request.RequestNotFound;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.request.TargetedReviews;
import org.reviewdesk.review.DocumentationRequest;
import org.reviewdesk.review.DocumentationRequests;
import org.reviewdesk.security.web.CurrentUser;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.web.FormErrors;
import org.reviewdesk.web.Pages;

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
    private final FormErrors errors = new FormErrors();
    private String newAccess;

    public void open() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            filed = reviews.find(id, currentUser.viewer());
            files = attachments.of(id, currentUser.viewer()).stream()
                    .filter(file -> file.commentId() == null)
                    .toList();
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

    /** Its owner shares a filed request with more people, or stops sharing it; a draft does this in its steps. */
    public boolean isSharable() {
        return filed.isFiled() && filed.ownerUsername().equals(currentUser.getUsername());
    }

    public void share() {
        errors.clear();
        try {
            filed = reviews.shareWith(id, currentUser.viewer(), newAccess);
            Pages.info(newAccess.strip() + " can now see this request and receives its e-mails");
            newAccess = null;
        } catch (InvalidInput refused) {
            errors.show(refused);
        }
    }

    public void unshare(String address) {
        errors.clear();
        try {
            filed = reviews.unshare(id, currentUser.viewer(), address);
            Pages.info(address + " can no longer see this request and receives no more of its e-mails");
        } catch (InvalidInput refused) {
            errors.show(refused);
        }
    }

    public FormErrors getErrors() {
        return errors;
    }

    public String getNewAccess() {
        return newAccess;
    }

    public void setNewAccess(String newAccess) {
        this.newAccess = newAccess;
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
