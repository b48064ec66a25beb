package org.reviewdesk.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OneTimeLinkTest {

    private static final Instant ISSUED = Instant.parse("2026-12-01T15:00:00Z");
    private final UserAccount account =
            UserAccount.withoutPassword("riley", "Riley Reviewer", "riley@example.org", Set.of(Role.REVIEWER));

    @Test
    void aLinkWorksOnceAndThenSaysWhenItWasUsedAndWhatToDo() {
        OneTimeLink link = link(LinkPurpose.PASSWORD_RESET, Duration.ofHours(1));
        link.use(ISSUED.plusSeconds(60));

        LinkRefused second = assertThrows(LinkRefused.class, () -> link.use(ISSUED.plusSeconds(120)));

        assertEquals(
                "This password-reset link was already used, on December 1, 2026 10:01 AM ET."
                        + " Ask for a new one with \"Forgot your password?\" on the sign-in page.",
                second.getMessage());
    }

    @Test
    void anExpiredInvitationSaysWhenItExpiredAndToAskTheAdministrator() {
        OneTimeLink link = link(LinkPurpose.INVITATION, Duration.ofHours(72));

        LinkRefused expired = assertThrows(LinkRefused.class, () -> link.use(ISSUED.plus(Duration.ofHours(72))));

        assertEquals(
                "This invitation expired on December 4, 2026 10:00 AM ET. Ask your administrator for a new invitation.",
                expired.getMessage());
        assertDoesNotThrow(
                () -> link(LinkPurpose.INVITATION, Duration.ofHours(72)).use(ISSUED.plus(Duration.ofHours(71))));
    }

    @Test
    void aReplacedLinkPointsToTheNewestEmail() {
        OneTimeLink link = link(LinkPurpose.EMAIL_CONFIRMATION, Duration.ofDays(1));
        link.revoke(ISSUED.plusSeconds(30));

        LinkRefused replaced = assertThrows(LinkRefused.class, () -> link.use(ISSUED.plusSeconds(60)));

        assertTrue(
                replaced.getMessage().startsWith("This confirmation link was replaced by a newer one"),
                replaced.getMessage());
        assertTrue(replaced.getMessage().contains("use the link in the most recent e-mail"), replaced.getMessage());
    }

    @Test
    void aLinkNeedsAPositiveValidity() {
        assertThrows(IllegalArgumentException.class, () -> link(LinkPurpose.INVITATION, Duration.ZERO));
    }

    @Test
    void secretsAreLongRandomAndOnlyTheirHashIsKept() {
        String secret = OneTimeLinks.generate();

        assertEquals(43, secret.length());
        assertNotEquals(secret, OneTimeLinks.generate());
        assertEquals(64, OneTimeLinks.hash(secret).length());
        assertNotEquals(secret, OneTimeLinks.hash(secret));
    }

    private OneTimeLink link(LinkPurpose purpose, Duration validFor) {
        return new OneTimeLink(OneTimeLinks.hash(OneTimeLinks.generate()), account, purpose, null, ISSUED, validFor);
    }
}
