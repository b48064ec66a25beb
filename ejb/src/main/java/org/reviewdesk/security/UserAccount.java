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
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.reviewdesk.validation.EmailAddress;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;

/**
 * Someone who signs in to Review Desk. The WildFly security realm reads the password
 * hash and roles of this entity straight from its tables.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = UserAccount.SIGNED_IN, query = "UPDATE UserAccount u SET u.lastSignIn = :at WHERE u.id = :id")
@NamedQuery(name = UserAccount.COUNT, query = "SELECT COUNT(u) FROM UserAccount u")
@NamedQuery(
        name = UserAccount.BY_EMAIL,
        query = "SELECT u FROM UserAccount u WHERE LOWER(u.email) = :email ORDER BY u.username")
public class UserAccount {

    static final String BY_USERNAME = "UserAccount.byUsername";
    static final String BY_EMAIL = "UserAccount.byEmail";
    static final String COUNT = "UserAccount.count";
    static final String SIGNED_IN = "UserAccount.signedIn";

    /** The fields as the screens name them, so a refusal is shown next to its field. */
    public static final String USERNAME_FIELD = FormField.USER_NAME.label();

    public static final String NAME_FIELD = FormField.NAME.label();
    public static final String EMAIL_FIELD = FormField.ACCOUNT_EMAIL.label();
    public static final String ROLES_FIELD = FormField.ROLES.label();
    static final int MAX_NAME = 200;

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

    /** When its owner last chose a password; null while the account has none anyone knows (an invitation). */
    @Column(name = "password_chosen_at")
    private Instant passwordChosenAt;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Written by SignInGuard at each successful sign-in. */
    @Column(name = "last_sign_in_at")
    private Instant lastSignIn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected UserAccount() {}

    /**
     * An account with a password already hashed (the demo accounts, whose password is published, and
     * tests); {@link PasswordPolicy} is not applied: it is for passwords people choose.
     */
    public UserAccount(String username, String displayName, String email, PasswordHash password, Set<Role> roles) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInput(
                    USERNAME_FIELD,
                    "Use 2 to 100 lower-case letters, digits, dots, dashes or underscores,"
                            + " starting with a letter or digit, such as jordan.lee");
        }
        this.username = username;
        this.displayName = checkedName(displayName);
        this.email = EmailAddress.parse(email, EMAIL_FIELD);
        this.roles = requireRoles(roles);
        this.createdAt = Instant.now();
        this.passwordChosenAt = createdAt;
        storePassword(password);
    }

    /**
     * An account nobody can sign in to yet: its owner chooses a password through a one-time link
     * ({@link OneTimeLinks}), as an invited user or a first administrator does.
     */
    public static UserAccount withoutPassword(String username, String displayName, String email, Set<Role> roles) {
        UserAccount account = new UserAccount(username, displayName, email, PasswordHash.unusable(), roles);
        account.passwordChosenAt = null;
        return account;
    }

    /** Sets the password its owner chose, if {@link PasswordPolicy} allows it for this account. */
    public void choosePassword(String password, Instant now) {
        PasswordPolicy.check(password, username, email);
        storePassword(PasswordHash.of(password.toCharArray()));
        this.passwordChosenAt = now;
    }

    /** Whether a password was chosen after this moment: a session signed in before it knew an older one. */
    public boolean passwordChosenAfter(Instant moment) {
        return passwordChosenAt != null && passwordChosenAt.isAfter(moment);
    }

    public boolean passwordMatches(char[] candidate) {
        return new PasswordHash(passwordHash, passwordSalt, passwordIterations).matches(candidate);
    }

    /** Whether its owner has chosen a password yet (an invited account has none until they use the link). */
    public boolean hasPassword() {
        return passwordChosenAt != null;
    }

    public Instant passwordChosenAt() {
        return passwordChosenAt;
    }

    /** The name shown on screens and in the audit trails. */
    public void rename(String newName) {
        this.displayName = checkedName(newName);
    }

    /**
     * Takes a new e-mail address. Only after its owner confirmed it (a link sent to it, {@link LinkPurpose#EMAIL_CONFIRMATION}):
     * notifications and password-reset links go there.
     */
    public void changeEmail(String newEmail) {
        this.email = EmailAddress.parse(newEmail, EMAIL_FIELD);
    }

    private void storePassword(PasswordHash password) {
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
            throw new InvalidInput(
                    ROLES_FIELD, "Choose at least one role; an account without a role could not open any page");
        }
        return EnumSet.copyOf(roles);
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput(NAME_FIELD, "enter the person's full name");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_NAME) {
            throw new InvalidInput(NAME_FIELD, "use at most " + MAX_NAME + " characters");
        }
        return trimmed;
    }

    /** When the account last signed in; empty if it never has. */
    public Optional<Instant> lastSignIn() {
        return Optional.ofNullable(lastSignIn);
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
