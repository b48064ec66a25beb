package org.reviewdesk.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The text Tika read from an attachment, kept so that it is read once: the search index is
 * rebuilt from it and previews show it without parsing the file again.
 */
@Entity
@Table(name = "attachment_text")
public class AttachmentText {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Column(name = "media_type", nullable = false, length = 200)
    private String mediaType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExtractedText.Outcome outcome;

    @Column(length = 500)
    private String problem;

    @Column(nullable = false, length = TextExtraction.MAX_CHARACTERS)
    private String content;

    @Column(name = "extracted_at", nullable = false)
    private Instant extractedAt;

    protected AttachmentText() {}

    AttachmentText(long attachmentId, ExtractedText text, Instant extractedAt) {
        this.attachmentId = attachmentId;
        this.mediaType = text.mediaType().length() > 200 ? text.mediaType().substring(0, 200) : text.mediaType();
        this.outcome = text.outcome();
        this.problem = text.problem() == null || text.problem().length() <= 500
                ? text.problem()
                : text.problem().substring(0, 499) + "…";
        this.content = text.text().length() <= TextExtraction.MAX_CHARACTERS
                ? text.text()
                : text.text().substring(0, TextExtraction.MAX_CHARACTERS);
        this.extractedAt = extractedAt;
    }

    public long attachmentId() {
        return attachmentId;
    }

    public ExtractedText text() {
        return new ExtractedText(mediaType, content, outcome, problem);
    }

    public Instant extractedAt() {
        return extractedAt;
    }
}
