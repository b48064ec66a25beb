package org.reviewdesk.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.reviewdesk.configuration.Settings;

/**
 * Creates the demo accounts listed in README.md the first time Review Desk starts on an
 * empty database in demo mode ({@code REVIEWDESK_DEMO=true}, {@link Settings#demoMode()}); outside it
 * {@link FirstAdministrator} makes the only account.
 */
@Singleton
@Startup
// Creating accounts is an administrator's; the first start does it on an empty database.
@RunAs("ADMIN")
@DependsOn("SchemaMigration")
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    /** The demo password of every demo account; README.md prints it. */
    public static final String PASSWORD = "review-desk-demo";

    public record Demo(String username, String displayName, String email, Role role) {}

    public static final List<Demo> ACCOUNTS = List.of(
            new Demo("submitter", "Pat Submitter", "pat.submitter@example.org", Role.SUBMITTER),
            new Demo("submitter2", "Sam Second", "sam.second@example.org", Role.SUBMITTER),
            new Demo("reviewer", "Riley Reviewer", "riley.reviewer@example.org", Role.REVIEWER),
            new Demo("supervisor", "Morgan Supervisor", "morgan.supervisor@example.org", Role.SUPERVISOR),
            new Demo("admin", "Alex Admin", "alex.admin@example.org", Role.ADMIN));

    @EJB
    UserAccounts accounts;

    @Inject
    Settings settings;

    @PostConstruct
    void createOnFirstStart() {
        if (!settings.demoMode()) {
            return;
        }
        LOG.warning(() -> "Demo mode (REVIEWDESK_DEMO=true): every demo account's password is " + PASSWORD
                + " and is printed on the sign-in page; never keep real data in demo mode");
        if (!accounts.isEmpty()) {
            return;
        }
        for (Demo demo : ACCOUNTS) {
            accounts.add(new UserAccount(
                    demo.username(),
                    demo.displayName(),
                    demo.email(),
                    PasswordHash.of(PASSWORD.toCharArray()),
                    Set.of(demo.role())));
        }
        LOG.info(() -> "Created " + ACCOUNTS.size() + " demo accounts (see README.md)");
    }
}
