package org.reviewdesk.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reviewdesk.configuration.Settings;
import org.reviewdesk.it.Http;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.security.DemoAccounts;
import org.reviewdesk.security.UserAccounts;

/** The account records its last sign-in, for the administrator's account list; a wrong password does not count. */
@ExtendWith(ArquillianExtension.class)
@Tag("server")
class LastSignInIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return TestDeployments.withTests(LastSignInIT.class, Http.class);
    }

    @EJB
    UserAccounts accounts;

    @Inject
    Settings settings;

    @Test
    void aSuccessfulSignInIsTheAccountsLastSignInAndAWrongPasswordChangesNothing() {
        Instant before = Instant.now();
        assertEquals(200, signIn("not-the-password").statusCode());
        assertTrue(
                accounts.find("submitter2")
                        .orElseThrow()
                        .lastSignIn()
                        .filter(at -> !at.isBefore(before))
                        .isEmpty(),
                "a wrong password is no sign-in");

        assertEquals(302, signIn(DemoAccounts.PASSWORD).statusCode());

        Instant last = accounts.find("submitter2").orElseThrow().lastSignIn().orElseThrow();
        assertTrue(!last.isBefore(before) && !last.isAfter(Instant.now()), "signed in at " + last);
    }

    /** The sign-in form posted from this server to itself, as its own page would. */
    private HttpResponse<String> signIn(String password) {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String form = "username=submitter2&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return Http.send(
                client,
                HttpRequest.newBuilder(URI.create(settings.publicUrl() + "sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Sec-Fetch-Site", "same-origin")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
    }
}
