package org.reviewdesk.credentials;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.reviewdesk.mail.Outbox;
import org.reviewdesk.mail.OutgoingMail;
import org.reviewdesk.security.AccountHistory;
import org.reviewdesk.security.LinkPurpose;
import org.reviewdesk.security.OneTimeLinks;
import org.reviewdesk.security.UserAccount;

/**
 * A one-time link mailed to its owner and written to the account's audit trail, in the caller's transaction, so the
 * link, its mail and its record stand or fall together: the one way a reset link and an e-mail confirmation go out.
 * Issuing the link makes the account's earlier one of the same purpose stop working.
 */
@Stateless
public class MailedLinks {

    /** The mail that carries a link: it is given the link's secret and the moment the link stops working. */
    @FunctionalInterface
    public interface LinkMail {
        OutgoingMail carrying(String secret, Instant validUntil);
    }

    @EJB
    OneTimeLinks links;

    @Inject
    Clock clock;

    @EJB
    Outbox outbox;

    @EJB
    AccountHistory history;

    /**
     * Issues a link of {@code purpose} valid for {@code validFor} ({@code detail} as {@link OneTimeLinks#issue}
     * keeps it), queues the mail {@code mail} writes for it, and records {@code what} by {@code actor} with the
     * validity in words.
     */
    public void send(
            UserAccount account,
            LinkPurpose purpose,
            Duration validFor,
            String detail,
            LinkMail mail,
            String actor,
            String what) {
        Instant validUntil = clock.instant().plus(validFor);
        String secret = links.issue(account, purpose, validFor, detail);
        outbox.send(mail.carrying(secret, validUntil));
        history.record(account, actor, what + ", valid for " + Durations.inWords(validFor));
    }
}
