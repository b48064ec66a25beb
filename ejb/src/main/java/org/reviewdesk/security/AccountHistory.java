package org.reviewdesk.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The audit trail of every account: each service that changes an account (or sends it a link)
 * records here, in the transaction of the change, who did what. Administrators read it on the
 * account's screen.
 */
@Stateless
public class AccountHistory {

    /** The actor of what Review Desk does by itself, such as creating the first administrator. */
    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @EJB
    UserAccounts accounts;

    @Inject
    Clock clock;

    /**
     * Records what {@code actor} (a user name, or {@link #SYSTEM}) changed on the account. The account
     * must have been stored already (it has an id).
     */
    public void record(UserAccount account, String actor, String what) {
        if (account.id() == null) {
            throw new IllegalArgumentException("Record a change only on an account that is stored");
        }
        em.persist(new AccountEvent(account.id(), clock.instant(), actor, nameOf(actor), what));
    }

    /** The whole trail of an account, newest first; for administrators. */
    @RolesAllowed("ADMIN")
    public List<AccountEvent> of(UserAccount account) {
        return em.createQuery(
                        "SELECT e FROM AccountEvent e WHERE e.accountId = :id ORDER BY e.occurredAt DESC, e.id DESC",
                        AccountEvent.class)
                .setParameter("id", account.id())
                .getResultList();
    }

    private String nameOf(String actor) {
        if (SYSTEM.equals(actor)) {
            return "Review Desk";
        }
        return accounts.displayNameOf(actor);
    }
}
