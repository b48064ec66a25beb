package org.reviewdesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewdesk.configuration.Settings;

class LoggedMailTest {

    private static final Instant QUEUED = Instant.parse("2026-12-01T15:00:00Z");
    private static final OutgoingMail DECISION = new OutgoingMail(
            List.of("pat@example.org", "office@example.org"),
            "[Review Desk #42] Decision",
            "Your request was approved.\n",
            42L,
            null);

    @Test
    void aMailIsLoggedWithItsRecipientsSubjectBodyAndRequestAndWaitsForItsFirstAttempt() {
        LoggedMail logged = new LoggedMail(DECISION, "key-1", DECISION.aboutRequest(), QUEUED, true);

        assertEquals(List.of("pat@example.org", "office@example.org"), logged.recipients());
        assertEquals("pat@example.org, office@example.org", logged.recipientList());
        assertEquals("[Review Desk #42] Decision", logged.subject());
        assertEquals("Your request was approved.\n", logged.body());
        assertEquals(42L, logged.requestId());
        assertTrue(logged.repliesFiled());
        assertEquals(MailState.QUEUED, logged.state());
        assertEquals(0, logged.attempts());
        assertFalse(logged.resendable(), "a queued mail is on its way");
    }

    @Test
    void withoutAnSmtpServerAMailIsKeptAsNotSentWithTheReasonAndMayBeResentLater() {
        LoggedMail logged = new LoggedMail(DECISION, "key-2", 42L, QUEUED, false);

        assertEquals(MailState.NOT_SENT, logged.state());
        assertEquals("not sent: no SMTP server configured", logged.lastError());
        assertTrue(logged.resendable());
    }

    @Test
    void aFailedAttemptIsRetryingWithTheErrorAndTheNextAttemptThenSentClearsTheError() {
        LoggedMail logged = new LoggedMail(DECISION, "key-3", 42L, QUEUED, true);
        Instant next = QUEUED.plusSeconds(5);

        logged.retrying(1, "Couldn't connect to host, port: 127.0.0.1, 25; Connection refused", next);
        assertEquals(MailState.RETRYING, logged.state());
        assertEquals(1, logged.attempts());
        assertEquals(next, logged.nextAttemptAt());
        assertTrue(logged.lastError().contains("Connection refused"));

        logged.sent(2, next);
        assertEquals(MailState.SENT, logged.state());
        assertEquals(next, logged.sentAt());
        assertEquals(2, logged.attempts());
        assertNull(logged.nextAttemptAt());
        assertNull(logged.lastError());
    }

    @Test
    void aSentMailStaysSentWhateverALateCopyReports() {
        LoggedMail logged = new LoggedMail(DECISION, "key-4", 42L, QUEUED, true);
        logged.sent(1, QUEUED);

        logged.dead(10, "550 no such mailbox");

        assertEquals(MailState.SENT, logged.state());
        assertNull(logged.lastError());
    }

    @Test
    void aDeadMailIsResentByAnAdministratorWithAFreshCountAndTheResendIsRecorded() {
        LoggedMail logged = new LoggedMail(DECISION, "key-5", 42L, QUEUED, true);
        logged.dead(1, "Refused by the SMTP server: 550 5.1.1 mailbox unknown");
        assertTrue(logged.resendable());

        logged.resend("admin", QUEUED.plusSeconds(60));

        assertEquals(MailState.QUEUED, logged.state());
        assertEquals(0, logged.attempts());
        assertNull(logged.lastError());
        assertEquals(1, logged.resends().size());
        assertEquals("admin", logged.resends().getFirst().resentBy());
        assertEquals(QUEUED.plusSeconds(60), logged.resends().getFirst().resentAt());
        assertThrows(IllegalStateException.class, () -> logged.resend("admin", QUEUED), "a queued mail is not resent");
    }

    @Test
    void aOneTimeLinkIsSentButNotKeptInTheLogAndSuchAMailIsNeverResent() {
        String link = "https://reviewdesk.example.org/reviewdesk/account/set-password.xhtml?link=SECRET_123";
        OutgoingMail reset = new AccountMail(new Settings() {
                    @Override
                    public String publicUrl() {
                        return "https://reviewdesk.example.org/reviewdesk/";
                    }
                })
                .passwordReset("casey@example.org", "Casey", "casey", "SECRET_123", QUEUED);
        assertTrue(reset.body().contains(link), "the mail itself carries the link");

        LoggedMail logged = new LoggedMail(reset, "key-6", null, QUEUED, true);
        logged.dead(1, "550 mailbox unknown");

        assertFalse(logged.body().contains("SECRET_123"), logged.body());
        assertTrue(logged.body().contains(LoggedMail.WITHHELD), logged.body());
        assertTrue(logged.body().contains("(user name casey)"), "the rest of the text is kept: " + logged.body());
        assertTrue(logged.secretWithheld());
        assertFalse(logged.resendable());
        assertNull(logged.requestId());
    }
}
