package org.reviewdesk.mail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.reviewdesk.configuration.Settings;
import org.reviewdesk.infrastructure.persistence.LikePattern;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;

/**
 * Every e-mail Review Desk sent or meant to send ({@link LoggedMail}), recorded by {@link Outbox} in the transaction
 * that queued it, its delivery state kept by {@link MailDispatcher}. Administrators search it, read each mail as it
 * was rendered, and resend one that is dead or was kept unsent; retention purges a case's mail by its request.
 */
@Stateless
@RolesAllowed("ADMIN")
public class MailLog {

    /** The field a refused resend names. */
    public static final String RESEND_FIELD = FormField.RESEND.label();

    private static final Logger LOG = Logger.getLogger(MailLog.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    Outbox outbox;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** One page of the mail whose recipients or subject contain the search text, in this state (any when null), newest first. */
    public List<LoggedMail> page(String search, MailState state, int first, int size) {
        return matching(search, state, "SELECT m FROM LoggedMail m", LoggedMail.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long count(String search, MailState state) {
        return matching(search, state, "SELECT COUNT(m) FROM LoggedMail m", Long.class)
                .getSingleResult();
    }

    public Optional<LoggedMail> mail(long id) {
        return Optional.ofNullable(em.find(LoggedMail.class, id));
    }

    /** Queues a dead or unsent mail again, with a fresh count of attempts, and records who did it and when. */
    public LoggedMail resend(long id) {
        LoggedMail mail = mail(id).orElseThrow(() -> new InvalidInput(
                RESEND_FIELD,
                "There is no mail " + id + " in the log (it may have been purged with its case); reload the mail log"));
        if (!mail.state().resendable()) {
            throw new InvalidInput(
                    RESEND_FIELD,
                    "This mail is " + mail.state().label().toLowerCase(Locale.ROOT)
                            + "; only a dead or unsent mail is resent");
        }
        if (mail.secretWithheld()) {
            throw new InvalidInput(
                    RESEND_FIELD,
                    "This mail carried a one-time link, which the mail log does not keep:"
                            + " send a new link from the person's account page instead");
        }
        if (!settings.sendsMail()) {
            throw new InvalidInput(
                    RESEND_FIELD,
                    "No SMTP server is configured, so the mail would only be kept again:"
                            + " set REVIEWDESK_SMTP_HOST (docs/operations.md, Mail), then resend it");
        }
        String administrator = context.getCallerPrincipal().getName();
        mail.resend(administrator, clock.instant());
        outbox.requeue(mail);
        LOG.info(() -> "Mail " + id + " (\"" + mail.subject() + "\" to " + mail.recipientList() + ") resent by "
                + administrator);
        return mail;
    }

    /**
     * Forgets the mail about a request: what retention calls when it purges the case, in its transaction. A mail still
     * on the queue is then not sent ({@link MailDispatcher} finds no row).
     * <p>
     * Deleted by the request's ID, not entity by entity: the dispatcher may be recording a delivery attempt on one of
     * these rows at the same moment, and a versioned delete would then fail the whole purge (the case left whole
     * until the next night) over a mail that is going anyway.
     *
     * @return how many mails were removed
     */
    @PermitAll
    public int forgetMailAbout(long requestId) {
        em.createNativeQuery("DELETE FROM mail_resend WHERE mail_id IN (SELECT id FROM mail_log WHERE request_id = ?1)")
                .setParameter(1, requestId)
                .executeUpdate();
        return em.createNativeQuery("DELETE FROM mail_log WHERE request_id = ?1")
                .setParameter(1, requestId)
                .executeUpdate();
    }

    // ---- delivery, recorded by the dispatcher.

    /** The logged mail a queue message names, if it is still in the log. */
    @PermitAll
    public Optional<LoggedMail> delivering(long id) {
        return mail(id);
    }

    @PermitAll
    public void sent(long id, int attempt) {
        mail(id).ifPresent(mail -> mail.sent(attempt, clock.instant()));
    }

    /**
     * A failed attempt that will be retried, in a transaction of its own: the dispatcher's transaction rolls back so
     * that the broker delivers the message again, and the log must still show the attempt.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void retrying(long id, int attempt, String error, Duration untilNextAttempt) {
        mail(id).ifPresent(mail -> mail.retrying(attempt, error, clock.instant().plus(untilNextAttempt)));
    }

    @PermitAll
    public void dead(long id, int attempt, String error) {
        mail(id).ifPresent(mail -> mail.dead(attempt, error));
    }

    private <T> TypedQuery<T> matching(String search, MailState state, String select, Class<T> type) {
        String pattern = LikePattern.containing(search);
        String where = " WHERE (LOWER(m.recipients) LIKE :p ESCAPE '\\' OR LOWER(m.subject) LIKE :p ESCAPE '\\')"
                + (state == null ? "" : " AND m.state = :state");
        String order = type == Long.class ? "" : " ORDER BY m.queuedAt DESC, m.id DESC";
        TypedQuery<T> query = em.createQuery(select + where + order, type).setParameter("p", pattern);
        return state == null ? query : query.setParameter("state", state);
    }
}
