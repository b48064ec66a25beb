package org.reviewdesk.credentials;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.reviewdesk.configuration.Settings;
import org.reviewdesk.mail.AccountMail;
import org.reviewdesk.security.LinkPurpose;
import org.reviewdesk.security.OneTimeLinks;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;

/**
 * The first administrator of a real deployment (DESIGN §8, docs/operations.md "Production install"). Outside demo
 * mode, on the first start of an empty database, the account named by {@code REVIEWDESK_ADMIN_USER},
 * {@code REVIEWDESK_ADMIN_EMAIL} and (optionally) {@code REVIEWDESK_ADMIN_NAME} is created as the only account, an
 * administrator without a password, and a one-time set-password link is written to the server log. Without those
 * variables nothing is created, so every sign-in is refused, and the log says what to set.
 * <p>
 * While that account still has no password, every start writes a fresh link: the operator who missed the first one,
 * or let it expire, restarts the server with the variables still set. Once the administrator has chosen a password
 * the variables change nothing; nor do they once the database has other accounts (accounts are then made on the
 * Accounts screen).
 */
@Singleton
@Startup
// Creating an account and its first link is an administrator's; the first start does it on an empty database.
@RunAs("ADMIN")
@DependsOn("SchemaMigration")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    static final String WHAT_TO_SET = """
            Review Desk has no account, so every sign-in is refused. To create the first administrator, set these \
            environment variables and start the server again:
              REVIEWDESK_ADMIN_USER   the administrator's user name: 2 to 100 lower-case letters, digits, dots, dashes or underscores%s
              REVIEWDESK_ADMIN_EMAIL  the administrator's e-mail address%s
              REVIEWDESK_ADMIN_NAME   the administrator's full name (optional; the user name if not set)
            The server then writes a one-time link to this log, with which the administrator chooses a password. \
            (For a demonstration with the demo accounts instead, set REVIEWDESK_DEMO=true.) See docs/operations.md, \
            "Production install".""";

    @EJB
    UserAccounts accounts;

    @EJB
    OneTimeLinks links;

    @Inject
    Settings settings;

    @Inject
    AccountMail accountMail;

    @PostConstruct
    void onStart() {
        if (settings.demoMode()) {
            return;
        }
        Optional<String> username = settings.adminUser();
        Optional<String> email = settings.adminEmail();
        if (username.isEmpty() || email.isEmpty()) {
            if (accounts.isEmpty()) {
                LOG.warning(() -> WHAT_TO_SET.formatted(
                        username.isEmpty() ? "   (not set)" : "", email.isEmpty() ? "   (not set)" : ""));
            }
            return;
        }
        administrator(username.get(), email.get())
                .filter(admin -> !admin.hasPassword() && admin.hasRole(Role.ADMIN))
                .ifPresent(this::logFirstPasswordLink);
    }

    /** The named account: the existing one, or a new one if the database has no account at all. */
    private Optional<UserAccount> administrator(String username, String email) {
        Optional<UserAccount> existing = accounts.find(username);
        if (existing.isPresent()) {
            return existing;
        }
        if (!accounts.isEmpty()) {
            LOG.info(() -> "REVIEWDESK_ADMIN_USER=" + username + " is ignored: the database has accounts already;"
                    + " an administrator creates further accounts on the Accounts screen");
            return Optional.empty();
        }
        UserAccount admin;
        try {
            admin = UserAccount.withoutPassword(
                    username, settings.adminName().orElse(username), email, Set.of(Role.ADMIN));
        } catch (IllegalArgumentException invalid) {
            LOG.severe(
                    () -> "The first administrator was not created, so every sign-in is refused: "
                            + invalid.getMessage()
                            + ". Correct REVIEWDESK_ADMIN_USER, REVIEWDESK_ADMIN_EMAIL or REVIEWDESK_ADMIN_NAME and start the server again.");
            return Optional.empty();
        }
        return Optional.of(accounts.add(admin));
    }

    private void logFirstPasswordLink(UserAccount admin) {
        Duration validity = settings.adminLinkValidity();
        String secret = links.issue(admin, LinkPurpose.FIRST_PASSWORD, validity, null);
        String link = accountMail.linkToSetPassword(secret);
        LOG.warning(() ->
                """
                First administrator %s (%s) has no password yet. Open this one-time link within %s to choose one, \
                then sign in as %s:
                  %s
                The link works once. If it expires unused, start the server again with REVIEWDESK_ADMIN_USER and \
                REVIEWDESK_ADMIN_EMAIL still set for a new one.""".formatted(admin.username(), admin.email(), Durations.inWords(validity), admin.username(), link));
    }
}
