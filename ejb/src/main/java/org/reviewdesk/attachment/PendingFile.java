package org.reviewdesk.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * A file an API client uploaded ahead of the request that will name it. The bytes are in the
 * {@link AttachmentStore} already, checked like any attachment; this row says who uploaded
 * them, so intake attaches a file only to the cases of the client that uploaded it. It stays
 * after it is attached, so a client may name the same file in several requests.
 */
@Entity
@Table(
        name = "pending_file",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "pending_file_owner_sha256",
                        columnNames = {"owner_username", "sha256"}))
@NamedQuery(
        name = PendingFile.BY_OWNER_AND_HASH,
        query = "SELECT f FROM PendingFile f WHERE f.ownerUsername = :owner AND f.sha256 = :sha256")
public class PendingFile {

    static final String BY_OWNER_AND_HASH = "PendingFile.byOwnerAndHash";

    @Id
    @SequenceGenerator(name = "pending_file_seq", sequenceName = "pending_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pending_file_seq")
    private Long id;

    @Column(name = "owner_username", nullable = false, length = 100)
    private String ownerUsername;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "file_name", nullable = false, length = Attachment.MAX_NAME)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "media_type", nullable = false, length = 200)
    private String mediaType;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected PendingFile() {}

    PendingFile(
            String ownerUsername,
            String sha256,
            String fileName,
            long sizeBytes,
            String mediaType,
            Instant uploadedAt) {
        this.ownerUsername = ownerUsername;
        this.sha256 = sha256;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        this.mediaType = mediaType;
        this.uploadedAt = uploadedAt;
    }

    /** The same bytes uploaded again: they go by the name given this time. */
    PendingFile named(String newName) {
        this.fileName = newName;
        return this;
    }

    public String ownerUsername() {
        return ownerUsername;
    }

    public String sha256() {
        return sha256;
    }

    /** The name it was uploaded under; the request that attaches it may show it under another. */
    public String fileName() {
        return fileName;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String mediaType() {
        return mediaType;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
