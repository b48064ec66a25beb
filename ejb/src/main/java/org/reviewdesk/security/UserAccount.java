package org.reviewdesk.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.reviewdesk.validation.EmailAddress;
import org.reviewdesk.validation.InvalidInput;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Someone who signs in to Review Desk. The WildFly security realm reads the password
 * hash and roles of this entity straight from its tables.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = UserAccount.COUNT, query = "SELECT COUNT(u) FROM UserAccount u")
@NamedQuery(name = UserAccount.BY_EMAIL, query = "SELECT u FROM UserAccount u WHERE LOWER(u.email) = :email ORDER BY u.username")
public class UserAccount {

    static final String BY_USERNAME = "UserAccount.byUsername";
    static final String BY_EMAIL = "UserAccount.byEmail";
    static final String COUNT = "UserAccount.count";

    /** The fields as the screens name them, so a refusal is shown next to its field. */
    public static final String USERNAME_FIELD = "User name";
    public static final String ROLES_FIELD = "Roles";

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "password_salt", nullable = false, length = 100)
    private String passwordSalt;

    @Column(name = "password_iterations", nullable = false)
    private int passwordIterations;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, PasswordHash password, Set<Role> roles) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInput(USERNAME_FIELD, "Use 2 to 100 lower-case letters, digits, dots, dashes or underscores,"
                    + " starting with a letter or digit, such as jordan.lee");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("Name: enter the person's full name");
        }
        this.username = username;
        this.displayName = displayName.trim();
        this.email = EmailAddress.parse(email, "E-mail");
        this.roles = requireRoles(roles);
        this.createdAt = Instant.now();
        changePassword(password);
    }

    public void changePassword(PasswordHash password) {
        this.passwordHash = password.hash();
        this.passwordSalt = password.salt();
        this.passwordIterations = password.iterations();
    }

    /** Replaces the roles; an account always keeps at least one. */
    public void changeRoles(Set<Role> newRoles) {
        this.roles = requireRoles(newRoles);
    }

    /** Refuses sign-in from now on (the security realm reads {@code enabled}); open sessions end at their next request. */
    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    /** Enabled, invited (enabled, but no password chosen yet) or disabled. */
    public AccountState state() {
        if (!enabled) {
            return AccountState.DISABLED;
        }
        return hasPassword() ? AccountState.ENABLED : AccountState.INVITED;
    }

    private static EnumSet<Role> requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInput(ROLES_FIELD, "Choose at least one role; an account without a role could not open any page");
        }
        return EnumSet.copyOf(roles);
    }

    public boolean passwordMatches(char[] candidate) {
        return new PasswordHash(passwordHash, passwordSalt, passwordIterations).matches(candidate);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
