package org.reviewdesk.attachment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.reviewdesk.request.RequestNotFound;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.request.TargetedReviews;
import org.reviewdesk.security.Viewer;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;

/**
 * Supporting documentation of a request. A file is checked before it is kept: its size, and
 * its type as detected from its content against {@link AttachmentPolicy}; a refused file
 * leaves nothing behind.
 */
@Stateless
public class Attachments {

    public static final String FIELD = FormField.SUPPORTING_DOCUMENTATION.label();

    @PersistenceContext
    EntityManager em;

    @EJB
    TargetedReviews reviews;

    @Inject
    AttachmentStore store;

    @Inject
    TextExtraction extraction;

    @Inject
    Clock clock;

    /** Attaches a file to a draft of the submitter's. */
    public Attachment attach(long requestId, Viewer owner, String fileName, InputStream content) {
        TargetedReviewRequest request = reviews.find(requestId, owner);
        if (!request.isEditableBy(owner.username())) {
            throw new InvalidInput(
                    FIELD, "Files can be attached to your own drafts here; after submitting, attach them to a comment");
        }
        String name = cleanName(fileName);
        return keep(name, content, (received, mediaType) -> {
            Attachment attachment = new Attachment(
                    requestId, name, received.size(), received.sha256(), mediaType, owner.username(), clock.instant());
            em.persist(attachment);
            return attachment;
        });
    }

    /**
     * Keeps a file an API client sends ahead of the request that will name it by its SHA-256,
     * checked exactly like an attachment. The same bytes uploaded again by the same owner are
     * the same pending file, under the name given this time: a file on a comment is shown under the
     * name its poster just gave it, not one from an earlier upload of the same bytes.
     *
     * @param owner the client's identity, {@code api:<id>}: only its own requests may attach the file
     * @throws InvalidInput when the file is empty, too large or of a type that is not accepted; nothing is kept
     */
    public PendingFile upload(String owner, String fileName, InputStream content) {
        String name = cleanName(fileName);
        return keep(
                name,
                content,
                (received, mediaType) -> pending(owner, received.sha256())
                        .map(kept -> kept.named(name))
                        .orElseGet(() -> {
                            PendingFile file = new PendingFile(
                                    owner, received.sha256(), name, received.size(), mediaType, clock.instant());
                            em.persist(file);
                            return file;
                        }));
    }

    /** Files that came together, checked one by one: those kept for their owner, and why each other one was refused. */
    public record Uploads(List<PendingFile> accepted, List<String> refused) {}

    /**
     * Keeps files that came together (the attachments of an e-mail) like {@link #upload}, each on its
     * own: a refused file does not refuse the others, and its refusal is returned rather than thrown,
     * so the caller's transaction goes on with the files that were accepted.
     */
    public Uploads uploadEach(String owner, List<IncomingFile> files) {
        List<PendingFile> accepted = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (IncomingFile file : files) {
            try {
                accepted.add(upload(owner, file.name(), new ByteArrayInputStream(file.content())));
            } catch (InvalidInput notKept) {
                // Thrown within this bean, so it marks no transaction for rollback; the file left nothing behind.
                refused.add(notKept.errors().getFirst().message());
            }
        }
        return new Uploads(List.copyOf(accepted), List.copyOf(refused));
    }

    /** A file this owner uploaded with {@link #upload}, if its bytes are held. */
    public Optional<PendingFile> pending(String owner, String sha256) {
        return em.createNamedQuery(PendingFile.BY_OWNER_AND_HASH, PendingFile.class)
                .setParameter("owner", owner)
                .setParameter("sha256", sha256)
                .getResultStream()
                .findFirst()
                .filter(file -> store.holds(file.sha256()));
    }

    /**
     * Attaches an uploaded file to a request of its owner as intake files it, under the name
     * the request gives it. Intake has checked the request and the owner; the file was checked
     * when it was uploaded.
     */
    public Attachment attachPending(PendingFile file, TargetedReviewRequest request, String fileName) {
        if (!request.ownerUsername().equals(file.ownerUsername())) {
            throw new IllegalArgumentException("A pending file of " + file.ownerUsername()
                    + " cannot go to a request of " + request.ownerUsername());
        }
        Attachment attachment = new Attachment(
                request.id(),
                cleanName(fileName),
                file.sizeBytes(),
                file.sha256(),
                file.mediaType(),
                file.ownerUsername(),
                clock.instant());
        em.persist(attachment);
        return attachment;
    }

    /**
     * Attaches files the poster uploaded (with {@link #upload}, as themselves) to their comment,
     * as visible as the comment: files on an internal note are for staff only.
     */
    public List<Attachment> attachToComment(
            List<PendingFile> files, long requestId, long commentId, boolean internalNote, String poster) {
        Instant now = clock.instant();
        return files.stream()
                .map(file -> {
                    if (!file.ownerUsername().equals(poster)) {
                        throw new IllegalArgumentException(
                                "A file uploaded by " + file.ownerUsername() + " cannot go to a comment of " + poster);
                    }
                    Attachment attachment = Attachment.onComment(
                            requestId,
                            commentId,
                            internalNote,
                            file.fileName(),
                            file.sizeBytes(),
                            file.sha256(),
                            file.mediaType(),
                            poster,
                            now);
                    em.persist(attachment);
                    return attachment;
                })
                .toList();
    }

    /**
     * Receives the content within the size limit, checks its detected type, moves it into the
     * store and only then records it; a refused file leaves neither bytes nor rows behind.
     */
    private <T> T keep(String name, InputStream content, BiFunction<AttachmentStore.Received, String, T> record) {
        AttachmentStore.Received received;
        try {
            received = store.receive(content, AttachmentPolicy.MAX_BYTES);
        } catch (AttachmentStore.TooLarge e) {
            throw new InvalidInput(
                    FIELD,
                    name + " is larger than " + AttachmentPolicy.size(AttachmentPolicy.MAX_BYTES)
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
            return record.apply(received, mediaType);
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

    /** The request's files the viewer may see: files on internal notes only for staff. */
    public List<Attachment> of(long requestId, Viewer viewer) {
        reviews.find(requestId, viewer);
        return em.createNamedQuery(Attachment.OF_REQUEST, Attachment.class)
                .setParameter("requestId", requestId)
                .getResultStream()
                .filter(attachment -> attachment.isVisibleTo(viewer))
                .toList();
    }

    /**
     * The text of a file as Tika read it, at most {@code maxCharacters} of it, for staff to
     * preview: the kept text once the file has been read for search, until then read afresh.
     */
    public ExtractedText textOf(long attachmentId, Viewer staff, int maxCharacters) {
        Attachment attachment = find(attachmentId, staff);
        AttachmentText kept = em.find(AttachmentText.class, attachmentId);
        return (kept != null ? kept.text() : read(attachment)).shortenedTo(maxCharacters);
    }

    /**
     * The text of the file, read with Tika the first time it is asked for and kept from then on,
     * in a transaction of its own so that one file's text is kept whatever happens to the others.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ExtractedText extractOnce(long attachmentId) {
        AttachmentText kept = em.find(AttachmentText.class, attachmentId);
        if (kept != null) {
            return kept.text();
        }
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw new AttachmentNotFound(attachmentId);
        }
        ExtractedText text = read(attachment);
        em.persist(new AttachmentText(attachmentId, text, clock.instant()));
        return text;
    }

    /** The kept texts of these files; a file not read yet is missing from the answer. */
    public Map<Long, ExtractedText> keptTexts(Collection<Long> attachmentIds) {
        if (attachmentIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT t FROM AttachmentText t WHERE t.attachmentId IN :ids", AttachmentText.class)
                .setParameter("ids", attachmentIds)
                .getResultStream()
                .collect(Collectors.toMap(AttachmentText::attachmentId, AttachmentText::text));
    }

    /**
     * Every file of the request, those on internal notes included, for what Review Desk derives
     * from them (the search index); screens go through {@link #of}.
     */
    public List<Attachment> allOf(long requestId) {
        return em.createNamedQuery(Attachment.OF_REQUEST, Attachment.class)
                .setParameter("requestId", requestId)
                .getResultList();
    }

    /** {@link #allOf(long)} of each request, in one query however many; a request without files is absent. */
    public Map<Long, List<Attachment>> allOf(Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(Attachment.OF_REQUESTS, Attachment.class)
                .setParameter("requestIds", requestIds)
                .getResultStream()
                .collect(Collectors.groupingBy(Attachment::requestId));
    }

    private ExtractedText read(Attachment attachment) {
        try (InputStream content = store.open(attachment.sha256())) {
            return extraction.extract(content);
        } catch (IOException missing) {
            return ExtractedText.failed(
                    attachment.mediaType(), "", "its stored copy could not be opened (" + missing.getMessage() + ")");
        }
    }

    /** The attachment, if the viewer may see its request. */
    public Attachment find(long attachmentId, Viewer viewer) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || !attachment.isVisibleTo(viewer)) {
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
        if (!request.isEditableBy(owner.username())) {
            throw new InvalidInput(FIELD, "Files can be removed only from your own drafts");
        }
        em.remove(attachment);
    }

    private String detect(AttachmentStore.Received received, String name) throws IOException {
        // A file so broken that detection itself fails is not a document we can accept.
        return extraction
                .detect(received.file(), name)
                .orElseThrow(() -> new InvalidInput(FIELD, name + " was not attached: its type cannot be recognised"));
    }

    private static String cleanName(String fileName) {
        String base = fileName == null ? "" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}]", "")
                .strip();
        if (base.isEmpty()) {
            base = "document";
        }
        return base.length() > Attachment.MAX_NAME ? base.substring(base.length() - Attachment.MAX_NAME) : base;
    }
}
