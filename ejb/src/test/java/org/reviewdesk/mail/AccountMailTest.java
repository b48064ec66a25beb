package org.reviewdesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewdesk.configuration.Settings;

class AccountMailTest {

    private static final String PUBLIC_URL = "https://reviewdesk.example.org/reviewdesk/";
    private static final Instant UNTIL = Instant.parse("2026-12-01T16:30:00Z");

    private final AccountMail mail = new AccountMail(new Settings() {
        @Override
        public String publicUrl() {
            return PUBLIC_URL;
        }
    });

    @Test
    void aResetMailCarriesTheLinkItsExpiryAndNoRequestTag() {
        OutgoingMail reset = mail.passwordReset("casey@example.org", "Casey\nQuinn", "casey", "SECRET_123", UNTIL);

        assertEquals(List.of("casey@example.org"), reset.recipients());
        assertEquals("Review Desk: Choose a new password", reset.subject());
        assertTrue(reset.body().startsWith("Hello Casey Quinn,"), reset.body());
        assertTrue(reset.body().contains(PUBLIC_URL + "account/set-password.xhtml?link=SECRET_123"), reset.body());
        assertTrue(reset.body().contains("until December 1, 2026 11:30 AM ET"), reset.body());
        assertTrue(reset.body().contains("(user name casey)"), reset.body());
        assertNull(reset.repliesTo());
    }

    @Test
    void aConfirmationGoesToTheNewAddressAndTheNoticeToTheOldOne() {
        OutgoingMail confirm = mail.emailConfirmation("new@example.org", "Casey", "SECRET_456", UNTIL);
        OutgoingMail notice = mail.emailChanged("old@example.org", "Casey", "new@example.org");

        assertEquals(List.of("new@example.org"), confirm.recipients());
        assertTrue(confirm.body().contains(PUBLIC_URL + "account/confirm-email.xhtml?link=SECRET_456"), confirm.body());
        assertEquals(List.of("old@example.org"), notice.recipients());
        assertTrue(notice.body().contains("changed to new@example.org"), notice.body());
        assertFalse(notice.body().contains("link="), notice.body());
    }

    @Test
    void anInvitationGivesTheUserNameTheRolesAndTheLinkWithItsExpiryAndIsNeverFiledAsAReply() {
        OutgoingMail invitation = mail.invitation(
                "robin@staff.example.org",
                "Robin  Invited",
                "robin",
                "Reviewer",
                "Alex Admin",
                mail.linkToSetPassword("SECRET_789"),
                UNTIL);

        assertEquals("Review Desk: Your invitation: choose your password", invitation.subject());
        assertEquals(List.of("robin@staff.example.org"), invitation.recipients());
        assertTrue(invitation.body().startsWith("Hello Robin Invited,"), invitation.body());
        assertTrue(invitation.body().contains("Alex Admin created a Review Desk account for you"), invitation.body());
        assertTrue(invitation.body().contains("Your user name: robin\nYour roles: Reviewer"), invitation.body());
        assertTrue(
                invitation.body().contains(PUBLIC_URL + "account/set-password.xhtml?link=SECRET_789"),
                invitation.body());
        assertTrue(invitation.body().contains("until December 1, 2026 11:30 AM ET"), invitation.body());
        assertNull(invitation.repliesTo());
    }
}
