package org.reviewdesk.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

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
        return em.createQuery("SELECT DISTINCT u FROM UserAccount u JOIN u.roles r WHERE u.enabled = TRUE AND r IN :roles"
                        + " ORDER BY u.displayName, u.username", UserAccount.class)
                .setParameter("roles", List.of(Role.REVIEWER, Role.SUPERVISOR))
                .getResultList();
    }

    public boolean isEmpty() {
        return em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult() == 0;
    }

    /** Creates an account; only an administrator (or the first start, creating the demo accounts) may. */
    @RolesAllowed("ADMIN")
    public UserAccount add(UserAccount account) {
        if (find(account.username()).isPresent()) {
            throw new IllegalArgumentException("User name: " + account.username() + " is taken; choose another");
        }
        em.persist(account);
        return account;
    }
}
