package org.reviewdesk.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reviewdesk.it.Eventually;
import org.reviewdesk.it.Mailboxes;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.mail.LoggedMail;
import org.reviewdesk.mail.MailLog;
import org.reviewdesk.mail.MailState;
import org.reviewdesk.mail.Outbox;
import org.reviewdesk.mail.OutgoingMail;
import org.reviewdesk.validation.InvalidInput;

/**
 * The mail log inside the running server (issue 13 §4), with real SMTP servers on the port the application sends to:
 * every e-mail recorded with its state (sent; retrying with the error and the next attempt; dead with the server's
 * refusal; not sent without an SMTP server), resent by an administrator, and nothing logged when the action rolls back.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("server")
class MailLogIT {

    private static final String SMTP_HOST = "reviewdesk.smtp-host";

    @Deployment
    static EnterpriseArchive deployment() {
        return TestDeployments.withTests(MailLogIT.class, RefusingSmtpServer.class);
    }

    @EJB
    Outbox outbox;

    @EJB
    MailLog log;

    @Resource
    UserTransaction transaction;

    @AfterEach
    void smtpAsConfigured() {
        System.clearProperty(SMTP_HOST);
    }

    @Test
    void aMailIsLoggedWithItsRequestAndBodyAndSentWhenTheServerTakesIt() {
        String subject = "Logged and sent " + UUID.randomUUID();
        GreenMail smtp = Mailboxes.listen();
        try {
            outbox.send(new OutgoingMail(
                            List.of("pat.submitter@example.org", "office@example.org"),
                            subject,
                            "Your request was received.\n")
                    .about(4242L));

            LoggedMail sent = awaitState(subject, MailState.SENT);
            assertEquals(List.of("pat.submitter@example.org", "office@example.org"), sent.recipients());
            assertEquals("Your request was received.\n", sent.body());
            assertEquals(4242L, sent.requestId());
            assertNotNull(sent.sentAt());
            assertEquals(1, sent.attempts());
            assertEquals(
                    2,
                    Eventually.await("both deliveries", () -> Mailboxes.withSubject(smtp, subject), m -> m.size() == 2)
                            .size());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aMailTheServerCannotTakeIsRetryingWithTheErrorAndTheNextAttemptThenSent() {
        String subject = "Retried " + UUID.randomUUID();
        // No SMTP server listens yet: the first attempt fails, and the broker tries again 5 s later.
        outbox.send(new OutgoingMail(List.of("pat.submitter@example.org"), subject, "Sent during an outage."));

        LoggedMail retrying = awaitState(subject, MailState.RETRYING);
        assertEquals(1, retrying.attempts());
        assertTrue(retrying.lastError().contains("connect"), retrying.lastError());
        assertTrue(retrying.nextAttemptAt().isAfter(retrying.queuedAt()), "the next attempt is after the first");

        GreenMail smtp = Mailboxes.listen();
        try {
            LoggedMail sent = awaitState(subject, MailState.SENT);
            assertTrue(sent.attempts() >= 2, "sent on a later attempt: " + sent.attempts());
            assertEquals(1, Mailboxes.withSubject(smtp, subject).size());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aRecipientTheServerRefusesMakesTheMailDeadWithTheErrorAndTheAdministratorResendsIt() throws Exception {
        String subject = "Refused " + UUID.randomUUID();
        LoggedMail dead;
        try (RefusingSmtpServer refusing = RefusingSmtpServer.listen()) {
            outbox.send(new OutgoingMail(List.of("nobody@example.org"), subject, "To a mailbox that does not exist."));
            dead = awaitState(subject, MailState.DEAD);
        }
        assertEquals(1, dead.attempts(), "a refusal for good is not retried");
        assertTrue(dead.lastError().startsWith("Refused by the SMTP server"), dead.lastError());
        assertTrue(dead.lastError().contains("550 5.1.1"), dead.lastError());
        assertTrue(dead.resendable());

        GreenMail smtp = Mailboxes.listen();
        try {
            log.resend(dead.id());
            LoggedMail sent = awaitState(subject, MailState.SENT);
            assertEquals(1, sent.resends().size(), "the resend is recorded");
            assertFalse(sent.resends().getFirst().resentBy().isBlank());
            List<MimeMessage> delivered =
                    Eventually.await("the resent mail", () -> Mailboxes.withSubject(smtp, subject), m -> !m.isEmpty());
            assertEquals(1, delivered.size());
            InvalidInput again = assertThrows(InvalidInput.class, () -> log.resend(dead.id()));
            assertTrue(again.getMessage().contains("only a dead or unsent mail is resent"), again.getMessage());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void withoutAnSmtpServerMailIsKeptAsNotSentAndResentOnceOneIsConfigured() {
        String subject = "Kept " + UUID.randomUUID();
        System.setProperty(SMTP_HOST, "none");

        outbox.send(new OutgoingMail(List.of("pat.submitter@example.org"), subject, "Read me in the mail log."));

        LoggedMail kept = only(subject);
        assertEquals(MailState.NOT_SENT, kept.state());
        assertEquals("not sent: no SMTP server configured", kept.lastError());
        assertEquals(0, kept.attempts());
        InvalidInput refused = assertThrows(InvalidInput.class, () -> log.resend(kept.id()));
        assertTrue(refused.getMessage().contains("REVIEWDESK_SMTP_HOST"), refused.getMessage());

        System.clearProperty(SMTP_HOST);
        GreenMail smtp = Mailboxes.listen();
        try {
            log.resend(kept.id());
            awaitState(subject, MailState.SENT);
            assertEquals(
                    1,
                    Eventually.await("the mail", () -> Mailboxes.withSubject(smtp, subject), m -> !m.isEmpty())
                            .size());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void anActionThatRollsBackNeitherSendsNorLogsItsMail() throws Exception {
        String subject = "Rolled back " + UUID.randomUUID();
        transaction.begin();
        outbox.send(new OutgoingMail(List.of("pat.submitter@example.org"), subject, "Never sent."));
        assertEquals(1, log.count(subject, null), "logged in the transaction that queues it");
        transaction.rollback();

        assertEquals(0, log.count(subject, null));
    }

    @Test
    void theLogIsSearchedByRecipientOrSubjectAndFilteredByState() {
        String marker = UUID.randomUUID().toString();
        System.setProperty(SMTP_HOST, "none");
        outbox.send(new OutgoingMail(List.of("searched-" + marker + "@example.org"), "By recipient", "One."));
        outbox.send(new OutgoingMail(List.of("pat.submitter@example.org"), "By subject " + marker, "Two."));

        assertEquals(2, log.count(marker.toUpperCase(), null), "recipient or subject, in any case");
        assertEquals(2, log.count(marker, MailState.NOT_SENT));
        assertEquals(0, log.count(marker, MailState.SENT));
        assertEquals(
                "By subject " + marker, log.page(marker, null, 0, 1).getFirst().subject(), "newest first");
    }

    private LoggedMail awaitState(String subject, MailState state) {
        return Eventually.await(
                "the mail " + state.label().toLowerCase(), () -> only(subject), mail -> mail.state() == state);
    }

    private LoggedMail only(String subject) {
        List<LoggedMail> found = log.page(subject, null, 0, 10);
        assertEquals(1, found.size(), "one mail with subject " + subject);
        return found.getFirst();
    }
}
