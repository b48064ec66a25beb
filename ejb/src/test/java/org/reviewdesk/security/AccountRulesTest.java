package org.reviewdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reviewdesk.validation.InvalidInput;

/** What an account guards itself: at least one role, a valid user name, and the state the administrator sees. */
class AccountRulesTest {

    @Test
    void anAccountWithoutARoleIsRefusedNamingTheFieldAndTheFix() {
        InvalidInput refused = assertThrows(
                InvalidInput.class,
                () -> UserAccount.withoutPassword("jordan.lee", "Jordan Lee", "jordan.lee@example.org", Set.of()));

        assertEquals(UserAccount.ROLES_FIELD, refused.errors().get(0).field());
        assertTrue(refused.errors().get(0).message().startsWith("Choose at least one role"), refused.getMessage());
    }

    @Test
    void takingAwayEveryRoleIsRefusedAndTheRolesStay() {
        UserAccount account = UserAccount.withoutPassword(
                "jordan.lee", "Jordan Lee", "jordan.lee@example.org", Set.of(Role.REVIEWER));

        assertThrows(InvalidInput.class, () -> account.changeRoles(Set.of()));

        assertEquals(Set.of(Role.REVIEWER), account.roles());
    }

    @Test
    void aMalformedUserNameIsRefusedWithAnExample() {
        InvalidInput refused = assertThrows(
                InvalidInput.class,
                () -> UserAccount.withoutPassword(
                        "Jordan Lee", "Jordan Lee", "jordan.lee@example.org", Set.of(Role.REVIEWER)));

        assertEquals(UserAccount.USERNAME_FIELD, refused.errors().get(0).field());
        assertTrue(refused.getMessage().contains("such as jordan.lee"), refused.getMessage());
    }

    @Test
    void anInvitedAccountIsInvitedUntilItsPasswordIsChosenAndDisabledWhileDisabled() {
        UserAccount account = UserAccount.withoutPassword(
                "jordan.lee", "Jordan Lee", "jordan.lee@example.org", Set.of(Role.REVIEWER));
        assertEquals(AccountState.INVITED, account.state());

        account.disable();
        assertEquals(AccountState.DISABLED, account.state());
        account.enable();
        assertEquals(AccountState.INVITED, account.state());

        account.choosePassword("a quiet harbour at dawn", java.time.Instant.now());
        assertEquals(AccountState.ENABLED, account.state());
    }
}
