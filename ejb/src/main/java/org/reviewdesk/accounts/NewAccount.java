package org.reviewdesk.accounts;

import java.util.Set;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.UserAccount;

/** What an administrator enters to create or invite an account. */
public record NewAccount(String username, String displayName, String email, Set<Role> roles) {

    public NewAccount {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    UserAccount invited() {
        return UserAccount.withoutPassword(username == null ? null : username.strip(), displayName, email, roles);
    }
}
