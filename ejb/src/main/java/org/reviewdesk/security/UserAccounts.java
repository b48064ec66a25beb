package org.reviewdesk.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reviewdesk.validation.InvalidInput;

/** The accounts of everyone who may sign in. */
@Stateless
public class UserAccounts {

    @PersistenceContext
    EntityManager em;

    public Optional<UserAccount> find(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** The display name of a user; the user name itself when there is no such account (an API client). */
    public String displayNameOf(String username) {
        return find(username).map(UserAccount::displayName).orElse(username);
    }

    /** The account with this e-mail address; the first by user name if several share it. */
    public Optional<UserAccount> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", email.strip().toLowerCase(java.util.Locale.ROOT))
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The enabled accounts that work cases (reviewers and supervisors), by display name. */
    public List<UserAccount> reviewStaff() {
        return em.createQuery(
                        "SELECT DISTINCT u FROM UserAccount u JOIN u.roles r WHERE u.enabled = TRUE AND r IN :roles"
                                + " ORDER BY u.displayName, u.username",
                        UserAccount.class)
                .setParameter("roles", List.of(Role.REVIEWER, Role.SUPERVISOR))
                .getResultList();
    }

    /**
     * Whether a session signed in with these roles may go on: the account still exists, is enabled, has exactly
     * these roles, and no password was chosen for it since the session last knew it. An administrator who disables
     * an account or changes its roles ends its open sessions this way, and so does a new password (changed, reset or
     * set from a link): whoever knew the old one is signed out everywhere. This holds on any node, since every node
     * reads the same database (UserAccount is not in the shared cache).
     *
     * @param passwordKnownSince when the session signed in with the password, or last changed it; null for a session
     *                           a password did not open (OpenID Connect)
     */
    public boolean sessionMayContinue(String username, Set<Role> signedInWith, Instant passwordKnownSince) {
        return find(username)
                .filter(UserAccount::isEnabled)
                .filter(account -> account.roles().equals(signedInWith))
                .filter(account -> passwordKnownSince == null || !account.passwordChosenAfter(passwordKnownSince))
                .isPresent();
    }

    public boolean isEmpty() {
        return em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult() == 0;
    }

    /**
     * Creates an account; only an administrator (or the first start, creating the demo accounts) may. User names
     * and e-mail addresses are each one person's: a reset link or an invitation must reach exactly one account.
     *
     * @throws InvalidInput when the user name or the e-mail address belongs to another account already
     */
    @RolesAllowed("ADMIN")
    public UserAccount add(UserAccount account) {
        if (find(account.username()).isPresent()) {
            throw new InvalidInput(
                    UserAccount.USERNAME_FIELD,
                    account.username() + " is taken by another account; choose another user name");
        }
        findByEmail(account.email()).ifPresent(holder -> {
            throw new InvalidInput(
                    UserAccount.EMAIL_FIELD,
                    account.email() + " is the e-mail address of the account " + holder.username()
                            + " already; enter this person's own address, or open that account instead");
        });
        em.persist(account);
        return account;
    }
}
