package org.reviewdesk.credentials;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FirstAdministratorTest {

    @Test
    void withoutTheVariablesTheLogNamesEachOneAndSaysWhichAreMissing() {
        String message = FirstAdministrator.WHAT_TO_SET.formatted("   (not set)", "");

        assertTrue(
                message.contains("REVIEWDESK_ADMIN_USER   the administrator's user name: 2 to 100 lower-case letters,"
                        + " digits, dots, dashes or underscores   (not set)"),
                message);
        assertTrue(message.contains("REVIEWDESK_ADMIN_EMAIL  the administrator's e-mail address\n"), message);
        assertTrue(message.contains("REVIEWDESK_ADMIN_NAME"), message);
        assertTrue(message.startsWith("Review Desk has no account, so every sign-in is refused."), message);
    }
}
