package org.reviewdesk.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.reviewdesk.validation.InvalidInput;

class PasswordPolicyTest {

    private static final String USER = "riley";
    private static final String EMAIL = "riley.reviewer@example.org";

    @Test
    void aPassphraseOfTwelveCharactersOrMoreIsAccepted() {
        assertDoesNotThrow(() -> PasswordPolicy.check("plum tractor", USER, EMAIL));
        assertDoesNotThrow(() -> PasswordPolicy.check("harbour lantern violet otter", USER, EMAIL));
    }

    @Test
    void elevenCharactersAreRefusedWithTheRuleAndAHint() {
        String message = refusal("plum tracto");

        assertEquals(
                "Password: use at least 12 characters; a passphrase of several words is easy to remember", message);
    }

    @Test
    void lengthIsCountedInCharactersNotInCodeUnits() {
        // Six emoji are twelve UTF-16 code units but six characters.
        assertTrue(refusal("\uD83C\uDF4E\uD83C\uDF4A\uD83C\uDF4B\uD83C\uDF47\uD83C\uDF49\uD83C\uDF52")
                .contains("at least 12 characters"));
        assertDoesNotThrow(() -> PasswordPolicy.check("\u00e9t\u00e9 \u00e0 l'\u00eele d'or", USER, EMAIL));
    }

    @Test
    void noCompositionRuleRefusesLowerCaseWordsOnly() {
        assertDoesNotThrow(() -> PasswordPolicy.check("correct horse battery staple", USER, EMAIL));
    }

    @Test
    void aPasswordLongerThanTheMaximumIsRefused() {
        assertTrue(refusal("a quiet harbour ".repeat(8) + "x").contains("at most 128 characters"));
    }

    @Test
    void aCommonPasswordIsRefusedInAnyCase() {
        assertTrue(refusal("1qaz2wsx3edc").contains("one of the most common passwords"));
        assertTrue(refusal("QwErTy123456").contains("one of the most common passwords"));
    }

    @Test
    void theShippedListHoldsThirtyThousandCommonPasswords() throws Exception {
        try (var in = new BufferedReader(new InputStreamReader(
                PasswordPolicy.class.getResourceAsStream(PasswordPolicy.LIST), StandardCharsets.UTF_8))) {
            assertEquals(30_000, in.lines().count());
        }
        assertTrue(PasswordPolicy.isCommon("Password"));
        assertTrue(PasswordPolicy.isCommon("dragon"));
    }

    @Test
    void repeatedAndSequentialRunsAreRefused() {
        assertTrue(refusal("aaaaaaaaaaaaaa").contains("repeated or sequential"));
        assertTrue(refusal("blueskyblueskybluesky").contains("repeated or sequential"));
        assertTrue(refusal("abcdefghijklmn").contains("repeated or sequential"));
        assertTrue(refusal("zyxwvutsrqpo").contains("repeated or sequential"));
    }

    @Test
    void thePasswordMayNotContainTheUserNameOrEmail() {
        assertTrue(refusal("riley loves summer").contains("user name, your e-mail address"));
        assertTrue(refusal("RILEY.REVIEWER-2026").contains("user name, your e-mail address"));
        assertTrue(refusal("me: riley.reviewer@example.org").contains("user name, your e-mail address"));
    }

    @Test
    void theServiceNameIsRefusedSoTheDemoPasswordCannotBeChosen() {
        assertTrue(refusal(DemoAccounts.PASSWORD).contains("the name Review Desk"));
    }

    @Test
    void aShortUserNameInsideAPassphraseIsNoReason() {
        assertDoesNotThrow(() -> PasswordPolicy.check("major journey ahead", "jo", "jo@example.org"));
    }

    @Test
    void anAccountAppliesThePolicyWithItsOwnNameAndKeepsItsPasswordOnRefusal() {
        UserAccount account =
                UserAccount.withoutPassword(USER, "Riley Reviewer", EMAIL, java.util.Set.of(Role.REVIEWER));

        assertThrows(InvalidInput.class, () -> account.choosePassword("riley's garden gate", java.time.Instant.now()));
        assertTrue(!account.hasPassword() && !account.passwordMatches("riley's garden gate".toCharArray()));

        account.choosePassword("tulip engine orbit", java.time.Instant.now());
        assertTrue(account.hasPassword() && account.passwordMatches("tulip engine orbit".toCharArray()));
    }

    private static String refusal(String password) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> PasswordPolicy.check(password, USER, EMAIL));
        assertEquals(PasswordPolicy.FIELD, refused.errors().getFirst().field());
        return refused.getMessage();
    }
}
