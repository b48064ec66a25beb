package org.reviewdesk.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.reviewdesk.configuration.Settings;

/**
 * Throttling of password sign-in, per user name and per client address, with growing waits and a cap instead of a
 * lockout (docs/operations.md, "Sign-in throttling and sessions"). A try during a wait is answered "wait" before any
 * password is checked and changes nothing, so one request per interval cannot keep a user out: the right password
 * works as soon as the wait has passed.
 *
 * <p>A try is counted against its user name when it is admitted, before the password is checked, and the count is
 * cleared when the password proves right: so guesses sent in parallel are each counted and each wait for the one
 * before. The client address counts after a check has failed, and a success does not clear it (an attacker's own
 * account must not wipe the count of the guesses made from the same address at other accounts).
 */
@Stateless
public class SignInGuard {

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @EJB
    UserAccounts accounts;

    @EJB
    AccountHistory history;

    @Resource
    SessionContext caller;

    /** Whether a sign-in may be checked now; if it may, it is counted against the user name until it succeeds. */
    public Admission admit(String username, String clientAddress) {
        Instant now = Instant.now();
        Optional<SignInThrottle> account = locked(ThrottledSubject.account(username));
        Optional<SignInThrottle> address = locked(ThrottledSubject.address(clientAddress));
        Duration wait =
                longest(account.map(throttle -> throttle.waitAt(now)), address.map(throttle -> throttle.waitAt(now)));
        if (!wait.isZero()) {
            return Admission.waitFor(wait);
        }
        account.orElseGet(() -> persisted(ThrottledSubject.account(username), now))
                .fail(now, accountSchedule());
        return Admission.GRANTED;
    }

    /** A wrong password (or no such account) from this address: the address waits longer next time. */
    public void failed(String clientAddress) {
        Instant now = Instant.now();
        ThrottledSubject subject = ThrottledSubject.address(clientAddress);
        locked(subject).orElseGet(() -> persisted(subject, now)).fail(now, addressSchedule());
        em.createNamedQuery(SignInThrottle.FORGET)
                .setParameter("since", now.minus(settings.signInForgetAfter()))
                .executeUpdate();
    }

    /** The password was right: the user name's failures are cleared and the account's last sign-in recorded. */
    public void signedIn(UserAccount account) {
        locked(ThrottledSubject.account(account.username())).ifPresent(em::remove);
        // A bulk update, not a change of the entity: the account's version stays, so an administrator's form open on
        // the account is not made stale by its owner signing in.
        em.createNamedQuery(UserAccount.SIGNED_IN)
                .setParameter("id", account.id())
                .setParameter("at", Instant.now())
                .executeUpdate();
    }

    /** Every user name and address with failures that still count, the longest wait first. */
    @RolesAllowed("ADMIN")
    public List<SignInThrottle> throttled() {
        return em.createNamedQuery(SignInThrottle.SINCE, SignInThrottle.class)
                .setParameter("since", Instant.now().minus(settings.signInForgetAfter()))
                .getResultList();
    }

    /**
     * Forgets the failures of a user name or address: its next try is checked at once. False if there were none. A
     * user name that has an account gets the Clear in the account's audit trail; an address belongs to no account.
     */
    @RolesAllowed("ADMIN")
    public boolean clear(ThrottledSubject subject) {
        Optional<SignInThrottle> throttle = locked(subject);
        throttle.ifPresent(cleared -> {
            em.remove(cleared);
            if (subject.kind() == ThrottledSubject.Kind.ACCOUNT) {
                accounts.find(subject.subject())
                        .ifPresent(account -> history.record(
                                account,
                                caller.getCallerPrincipal().getName(),
                                "Cleared sign-in throttling after " + cleared.failures() + " failed sign-ins"));
            }
        });
        return throttle.isPresent();
    }

    /** The schedule for one user name: production defaults 5 free failures, then 1 s doubling up to 15 min. */
    public ThrottleSchedule accountSchedule() {
        return new ThrottleSchedule(
                settings.signInFreeFailures(),
                settings.signInFirstDelay(),
                settings.signInDelayCap(),
                settings.signInForgetAfter());
    }

    /** The schedule for one client address: more free failures (an office behind one address), the same waits. */
    public ThrottleSchedule addressSchedule() {
        return new ThrottleSchedule(
                settings.signInFreeFailuresPerAddress(),
                settings.signInFirstDelay(),
                settings.signInDelayCap(),
                settings.signInForgetAfter());
    }

    private Optional<SignInThrottle> locked(ThrottledSubject subject) {
        return Optional.ofNullable(em.find(SignInThrottle.class, subject, LockModeType.PESSIMISTIC_WRITE));
    }

    private SignInThrottle persisted(ThrottledSubject subject, Instant now) {
        SignInThrottle throttle = new SignInThrottle(subject, now);
        em.persist(throttle);
        return throttle;
    }

    private static Duration longest(Optional<Duration> one, Optional<Duration> other) {
        Duration first = one.orElse(Duration.ZERO);
        Duration second = other.orElse(Duration.ZERO);
        return first.compareTo(second) >= 0 ? first : second;
    }

    /** The answer to a sign-in attempt before its password is looked at: check it, or wait this long. */
    public record Admission(Duration delay) {

        static final Admission GRANTED = new Admission(Duration.ZERO);

        static Admission waitFor(Duration wait) {
            return new Admission(wait);
        }

        public boolean granted() {
            return delay.isZero();
        }

        /** The wait in whole seconds, rounded up: what the page and the Retry-After header say. */
        public long waitSeconds() {
            return SignInThrottle.wholeSeconds(delay);
        }
    }
}
