package org.reviewdesk.it.browser;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.reviewdesk.security.AccountHistory;
import org.reviewdesk.security.LinkPurpose;
import org.reviewdesk.security.OneTimeLinks;
import org.reviewdesk.security.PasswordHash;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;

/**
 * Test servlet of {@link CredentialsIT}, in its deployment only. Signed in as the demo administrator,
 * {@code test-seed/account} creates a submitter of the test's own (so no test changes a demo account's
 * password) and answers "user name, e-mail"; {@code test-seed/expired-reset?username=…} answers the secret
 * of a reset link that has already expired, issued with a validity of one tick of the clock;
 * {@code test-seed/history?username=…} answers the account's audit trail, newest first, one "actor: what" a line.
 */
@WebServlet({"/test-seed/account", "/test-seed/expired-reset", "/test-seed/history"})
public class CredentialsSeed extends HttpServlet {

    static final String PASSWORD = "first garden lantern";

    @Inject
    Clock clock;

    @EJB
    UserAccounts accounts;

    @EJB
    OneTimeLinks links;

    @EJB
    AccountHistory history;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        if (request.getServletPath().endsWith("history")) {
            UserAccount account =
                    accounts.find(request.getParameter("username")).orElseThrow();
            java.io.PrintWriter out = response.getWriter();
            history.of(account).forEach(event -> out.println(event.actor() + ": " + event.what()));
            return;
        }
        if (request.getServletPath().endsWith("expired-reset")) {
            response.getWriter().print(expiredReset(request.getParameter("username")));
            return;
        }
        String name = "cred-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = accounts.add(new UserAccount(
                name,
                "Casey " + name,
                name + "@example.org",
                PasswordHash.of(PASSWORD.toCharArray()),
                Set.of(Role.SUBMITTER)));
        response.getWriter().print(account.username() + "," + account.email());
    }

    private String expiredReset(String username) {
        UserAccount account = accounts.find(username).orElseThrow();
        Duration oneTick = Duration.ofNanos(1_000);
        Instant expiresAt = clock.instant().plus(oneTick);
        String secret = links.issue(account, LinkPurpose.PASSWORD_RESET, oneTick, null);
        while (!clock.instant().isAfter(expiresAt)) {
            Thread.onSpinWait();
        }
        return secret;
    }
}
