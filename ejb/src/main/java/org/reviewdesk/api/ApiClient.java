package org.reviewdesk.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.reviewdesk.security.Viewer;
import org.reviewdesk.validation.EmailAddress;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;

/**
 * An organisation that files requests through the REST API on behalf of its users: a registry
 * or QCDR, an EHR vendor, or another intermediary. An administrator registers it and issues
 * its {@link ApiToken}s.
 * <p>
 * Inside Review Desk it acts under the identity {@code api:<id>} ({@link #username()}): the
 * owner of the cases it files, the certifier recorded on them, the uploader of its files and
 * the author of its comments. No account can have that name (account names have no colon),
 * so it never mixes with a person's.
 */
@Entity
@Table(name = "api_client")
@NamedQuery(name = ApiClient.ALL, query = "SELECT c FROM ApiClient c ORDER BY c.organisationName")
@NamedQuery(name = ApiClient.BY_NAME, query = "SELECT c FROM ApiClient c WHERE LOWER(c.organisationName) = :name")
public class ApiClient {

    static final String ALL = "ApiClient.all";
    static final String BY_NAME = "ApiClient.byName";

    public static final String USERNAME_PREFIX = "api:";
    public static final int MAX_NAME = 200;

    static final String NAME_FIELD = FormField.ORGANISATION.label();
    static final String KIND_FIELD = "Kind";
    static final String EMAIL_FIELD = FormField.CONTACT_EMAIL.label();

    @Id
    @SequenceGenerator(name = "api_client_seq", sequenceName = "api_client_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_client_seq")
    private Long id;

    @Column(name = "organisation_name", nullable = false, length = MAX_NAME)
    private String organisationName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApiClientKind kind;

    @Column(name = "contact_email", nullable = false, length = 320)
    private String contactEmail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected ApiClient() {}

    /**
     * @throws InvalidInput naming each field that is missing or malformed
     */
    public ApiClient(
            String organisationName, ApiClientKind kind, String contactEmail, String createdBy, Instant createdAt) {
        String name = organisationName == null ? "" : organisationName.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new InvalidInput(NAME_FIELD, "Enter the organisation's name, as its users know it");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidInput(NAME_FIELD, "Keep the name under " + MAX_NAME + " characters");
        }
        if (kind == null) {
            throw new InvalidInput(KIND_FIELD, "Choose Registry / QCDR, EHR vendor or Other");
        }
        this.organisationName = name;
        this.kind = kind;
        this.contactEmail = EmailAddress.parse(contactEmail, EMAIL_FIELD);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The identity the client acts under in Review Desk: {@code api:<id>}. */
    public String username() {
        return usernameOf(id);
    }

    public static String usernameOf(long clientId) {
        return USERNAME_PREFIX + clientId;
    }

    /** The client ID in an identity {@code api:<id>}, or empty when it is a person's account name. */
    public static OptionalLong idOf(String username) {
        if (username == null || !username.startsWith(USERNAME_PREFIX)) {
            return OptionalLong.empty();
        }
        String digits = username.substring(USERNAME_PREFIX.length());
        return digits.matches("\\d{1,18}") ? OptionalLong.of(Long.parseLong(digits)) : OptionalLong.empty();
    }

    /**
     * The client as the services check access: it sees the cases it filed (which it owns) and
     * is never review staff, so internal notes never reach it.
     */
    public Viewer viewer() {
        return new Viewer(username(), null, Set.of());
    }

    public Long id() {
        return id;
    }

    public String organisationName() {
        return organisationName;
    }

    public ApiClientKind kind() {
        return kind;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    static Optional<String> normalisedName(String name) {
        return name == null
                ? Optional.empty()
                : Optional.of(name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT));
    }
}
