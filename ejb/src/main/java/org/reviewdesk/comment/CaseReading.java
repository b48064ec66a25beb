package org.reviewdesk.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * When a member of review staff last opened a case: what others wrote in its conversation after
 * that is new to them, and the case page marks it "New".
 */
@Entity
@Table(name = "case_reading")
@IdClass(CaseReading.Key.class)
public class CaseReading {

    @Id
    @Column(name = "request_id")
    private long requestId;

    @Id
    @Column(length = 100)
    private String username;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected CaseReading() {}

    CaseReading(long requestId, String username, Instant readAt) {
        this.requestId = requestId;
        this.username = username;
        this.readAt = Objects.requireNonNull(readAt, "readAt");
    }

    /** Whether the comment came after this reading and from someone else: new to the reader. */
    static boolean isNew(Comment comment, String reader, CaseReading last) {
        return !comment.authorUsername().equals(reader)
                && (last == null || comment.createdAt().isAfter(last.readAt));
    }

    void readAgain(Instant now) {
        if (now.isAfter(readAt)) {
            readAt = now;
        }
    }

    /** The key of a reading: the case and the reader. */
    public static class Key implements Serializable {

        private long requestId;
        private String username;

        public Key() {}

        Key(long requestId, String username) {
            this.requestId = requestId;
            this.username = username;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.requestId == requestId && Objects.equals(key.username, username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(requestId, username);
        }
    }
}
