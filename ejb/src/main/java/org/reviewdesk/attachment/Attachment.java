package org.reviewdesk.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file attached to a request. Its bytes live in the content-addressed {@link AttachmentStore}
 * under their SHA-256; the row keeps the name, size and the type detected from the content.
 */
@Entity
@Table(name = "attachment")
@NamedQuery(
        name = Attachment.OF_REQUEST,
        query = "SELECT a FROM Attachment a WHERE a.requestId = :requestId ORDER BY a.uploadedAt, a.id")
@NamedQuery(
        name = Attachment.OF_REQUESTS,
        query = "SELECT a FROM Attachment a WHERE a.requestId IN :requestIds ORDER BY a.uploadedAt, a.id")
public class Attachment {

    static final String OF_REQUEST = "Attachment.ofRequest";
    static final String OF_REQUESTS = "Attachment.ofRequests";
    public static final int MAX_NAME = 255;

    @Id
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "file_name", nullable = false, length = MAX_NAME)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "media_type", nullable = false, length = 200)
    private String mediaType;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "comment_id")
    private Long commentId;

    /** On an internal note: review staff only, like the note. */
    @Column(name = "staff_only", nullable = false)
    private boolean staffOnly;

    protected Attachment() {}

    Attachment(
            long requestId,
            String fileName,
            long sizeBytes,
            String sha256,
            String mediaType,
            String uploadedBy,
            Instant uploadedAt) {
        this.requestId = requestId;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.mediaType = mediaType;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** A file posted with a comment, as visible as the comment is. */
    static Attachment onComment(
            long requestId,
            long commentId,
            boolean staffOnly,
            String fileName,
            long sizeBytes,
            String sha256,
            String mediaType,
            String uploadedBy,
            Instant uploadedAt) {
        Attachment attachment =
                new Attachment(requestId, fileName, sizeBytes, sha256, mediaType, uploadedBy, uploadedAt);
        attachment.commentId = commentId;
        attachment.staffOnly = staffOnly;
        return attachment;
    }

    /** Whether this viewer may see the file at all: staff see every file, others those not on internal notes. */
    public boolean isVisibleTo(org.reviewdesk.security.Viewer viewer) {
        return !staffOnly || viewer.isStaff();
    }

    /** The comment it was posted with, or null for a file of the request itself. */
    public Long commentId() {
        return commentId;
    }

    public boolean isStaffOnly() {
        return staffOnly;
    }

    public Long id() {
        return id;
    }

    public long requestId() {
        return requestId;
    }

    public String fileName() {
        return fileName;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String mediaType() {
        return mediaType;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
