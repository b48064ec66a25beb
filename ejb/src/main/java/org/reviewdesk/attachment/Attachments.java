package org.reviewdesk.attachment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.request.RequestNotFound;
import org.reviewdesk.request.TargetedReviews;
import org.reviewdesk.security.Viewer;
import org.reviewdesk.validation.InvalidInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/**
 * Supporting documentation of a request. A file is checked before it is kept: its size, and
 * its type as detected from its content against {@link AttachmentPolicy}; a refused file
 * leaves nothing behind.
 */
@Stateless
public class Attachments {

    public static final String FIELD = "Supporting documentation";

    private static final Detector DETECTOR = new DefaultDetector();

    @PersistenceContext
    EntityManager em;

    @EJB
    TargetedReviews reviews;

    @Inject
    AttachmentStore store;

    @Inject
    Clock clock;

    /** Attaches a file to a draft of the submitter's. */
    public Attachment attach(long requestId, Viewer owner, String fileName, InputStream content) {
        TargetedReviewRequest request = reviews.find(requestId, owner);
        if (!request.ownerUsername().equals(owner.username()) || !request.status().isDraft()) {
            throw new InvalidInput(FIELD, "Files can be attached to your own drafts here; after submitting, attach them to a comment");
        }
        String name = cleanName(fileName);
        AttachmentStore.Received received;
        try {
            received = store.receive(content, AttachmentPolicy.MAX_BYTES);
        } catch (AttachmentStore.TooLarge e) {
            throw new InvalidInput(FIELD, name + " is larger than " + AttachmentPolicy.size(AttachmentPolicy.MAX_BYTES)
                    + "; split it or attach a smaller copy");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not receive " + name, e);
        }
        try {
            if (received.size() == 0) {
                throw new InvalidInput(FIELD, name + " is empty");
            }
            String mediaType = detect(received, name);
            String refusal = AttachmentPolicy.refusalFor(mediaType);
            if (refusal != null) {
                throw new InvalidInput(FIELD, name + " was not attached: " + refusal);
            }
            store.keep(received);
            Attachment attachment = new Attachment(requestId, name, received.size(), received.sha256(), mediaType,
                    owner.username(), clock.instant());
            em.persist(attachment);
            return attachment;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store " + name, e);
        } finally {
            try {
                store.discard(received);
            } catch (IOException ignored) {
                // The temporary file is gone already or will be swept with the incoming folder.
            }
        }
    }

    public List<Attachment> of(long requestId, Viewer viewer) {
        reviews.find(requestId, viewer);
        return em.createNamedQuery(Attachment.OF_REQUEST, Attachment.class).setParameter("requestId", requestId).getResultList();
    }

    /** The attachment, if the viewer may see its request. */
    public Attachment find(long attachmentId, Viewer viewer) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw new AttachmentNotFound(attachmentId);
        }
        try {
            reviews.find(attachment.requestId(), viewer);
        } catch (RequestNotFound hidden) {
            throw new AttachmentNotFound(attachmentId);
        }
        return attachment;
    }

    public InputStream open(long attachmentId, Viewer viewer) throws IOException {
        return store.open(find(attachmentId, viewer).sha256());
    }

    /** Removes a file from a draft of the submitter's. */
    public void remove(long attachmentId, Viewer owner) {
        Attachment attachment = find(attachmentId, owner);
        TargetedReviewRequest request = reviews.find(attachment.requestId(), owner);
        if (!request.ownerUsername().equals(owner.username()) || !request.status().isDraft()) {
            throw new InvalidInput(FIELD, "Files can be removed only from your own drafts");
        }
        em.remove(attachment);
    }

    private static String detect(AttachmentStore.Received received, String name) throws IOException {
        Metadata metadata = new Metadata();
        try (TikaInputStream stream = TikaInputStream.get(received.file())) {
            return DETECTOR.detect(stream, metadata).getBaseType().toString();
        } catch (RuntimeException e) {
            // A file so broken that detection itself fails is not a document we can accept.
            throw new InvalidInput(FIELD, name + " was not attached: its type cannot be recognised (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String cleanName(String fileName) {
        String base = fileName == null ? "" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (base.isEmpty()) {
            base = "document";
        }
        return base.length() > Attachment.MAX_NAME ? base.substring(base.length() - Attachment.MAX_NAME) : base;
    }
}
