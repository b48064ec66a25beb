package org.reviewdesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailDispatcherTest {

    @Test
    void theNextAttemptFollowsTheMailQueuesBackOffFromFiveSecondsDoublingToTenMinutes() {
        assertEquals(Duration.ofSeconds(5), MailDispatcher.redeliveryDelay(1));
        assertEquals(Duration.ofSeconds(10), MailDispatcher.redeliveryDelay(2));
        assertEquals(Duration.ofSeconds(320), MailDispatcher.redeliveryDelay(7));
        assertEquals(Duration.ofMinutes(10), MailDispatcher.redeliveryDelay(8));
        assertEquals(Duration.ofMinutes(10), MailDispatcher.redeliveryDelay(9));
    }

    @Test
    void theSmtpErrorNamesWhatWentWrongUnderneath() {
        MessagingException failure = new MessagingException(
                "Couldn't connect to host, port: 127.0.0.1, 25; timeout -1",
                new ConnectException("Connection refused"));

        assertEquals(
                "Couldn't connect to host, port: 127.0.0.1, 25; timeout -1; Connection refused",
                MailDispatcher.smtpError(failure));
    }
}
