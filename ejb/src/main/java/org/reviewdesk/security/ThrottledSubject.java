package org.reviewdesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** What failed sign-ins are counted against: a user name as typed, or the client address they came from. */
@Embeddable
public class ThrottledSubject implements Serializable {

    public enum Kind {
        ACCOUNT("User name"),
        ADDRESS("Client address");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final int LONGEST = 100;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private Kind kind;

    @Column(name = "subject", nullable = false, length = LONGEST)
    private String subject;

    protected ThrottledSubject() {}

    private ThrottledSubject(Kind kind, String subject) {
        this.kind = kind;
        String trimmed = subject == null ? "" : subject.strip();
        this.subject = trimmed.length() > LONGEST ? trimmed.substring(0, LONGEST) : trimmed;
    }

    /**
     * A user name, whether or not an account has it (a wait must not tell which names exist), in lower case: user
     * names are lower case, so "Reviewer" is one more guess at "reviewer", not a fresh counter.
     */
    public static ThrottledSubject account(String username) {
        return new ThrottledSubject(
                Kind.ACCOUNT, username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    public static ThrottledSubject address(String clientAddress) {
        return new ThrottledSubject(Kind.ADDRESS, clientAddress);
    }

    public static ThrottledSubject of(Kind kind, String subject) {
        return kind == Kind.ACCOUNT ? account(subject) : address(subject);
    }

    public Kind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ThrottledSubject that && kind == that.kind && subject.equals(that.subject);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, subject);
    }

    @Override
    public String toString() {
        return kind.label() + " " + subject;
    }
}
