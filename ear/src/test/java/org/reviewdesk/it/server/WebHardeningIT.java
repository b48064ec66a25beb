package org.reviewdesk.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.it.Http;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.security.DemoAccounts;
import org.reviewdesk.validation.InvalidInput;

/**
 * The web layer's defences, over HTTP as a browser or an attacker's page would meet them: security headers on every
 * response, the session cookie's attributes over HTTP and HTTPS, a sign-in posted by another site refused, a forged
 * Host header never echoed into a redirect; and the EAR ships no junrar, while a RAR file is still refused.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("server")
class WebHardeningIT {

    /** The HTTPS listener's port is the HTTP one's plus this (8443 - 8080), whatever the port offset. */
    private static final int HTTPS_PORT_DISTANCE = 363;

    private static final String SAME_ORIGIN = "same-origin";

    @Deployment
    static EnterpriseArchive deployment() {
        return TestDeployments.withTests(WebHardeningIT.class);
    }

    @ArquillianResource
    URL base;

    @EJB
    Attachments attachments;

    @Test
    @RunAsClient
    void everyResponseCarriesTheSecurityHeadersAndNoHstsOverPlainHttp() {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        for (String path : List.of(
                "login.xhtml",
                "reviewer/home.xhtml",
                "jakarta.faces.resource/reviewdesk.css.xhtml?ln=reviewdesk",
                "api/openapi.yaml",
                "api/v1/requests",
                "no-such-page.xhtml")) {
            HttpResponse<String> response = get(http, URI.create(base + path));
            assertEquals(List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"), path);
            assertEquals(List.of(SAME_ORIGIN), response.headers().allValues("Referrer-Policy"), path);
            assertTrue(
                    response.headers().allValues("Content-Security-Policy").stream()
                            .anyMatch(policy -> policy.contains("frame-ancestors 'none'")),
                    path + ": " + response.headers().allValues("Content-Security-Policy"));
            assertTrue(
                    response.headers().allValues("Strict-Transport-Security").isEmpty(),
                    path + ": no HSTS over plain HTTP");
        }
        HttpResponse<String> page = get(http, URI.create(base + "login.xhtml"));
        String policy = String.join(", ", page.headers().allValues("Content-Security-Policy"));
        assertTrue(
                policy.matches(".*script-src 'self' 'nonce-[^']+'.*"), "a page's scripts run by nonce only: " + policy);
        assertFalse(policy.contains("unsafe-eval") || policy.matches(".*script-src[^;]*unsafe-inline.*"), policy);
        String nonce = policy.replaceFirst(".*'nonce-([^']+)'.*", "$1");
        assertTrue(page.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the nonce");
    }

    @Test
    @RunAsClient
    void theSessionCookieIsHttpOnlyAndSameSiteAndOverHttpsSecureWithHsts() throws GeneralSecurityException {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String overHttp = sessionCookie(get(http, URI.create(base + "reviewer/home.xhtml")));
        assertTrue(attributes(overHttp).containsAll(List.of("httponly", "samesite=lax")), overHttp);
        assertFalse(
                attributes(overHttp).contains("secure"),
                "over plain HTTP a Secure cookie would never come back: " + overHttp);

        SSLContext trustingTheTestCertificate = SSLContext.getInstance("TLS");
        trustingTheTestCertificate.init(null, new TrustManager[] {new TrustingManager()}, null);
        HttpClient https = HttpClient.newBuilder()
                .sslContext(trustingTheTestCertificate)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        URI secure = URI.create(
                "https://localhost:" + (base.getPort() + HTTPS_PORT_DISTANCE) + base.getPath() + "reviewer/home.xhtml");
        HttpResponse<String> response = get(https, secure);
        String overHttps = sessionCookie(response);
        assertTrue(attributes(overHttps).containsAll(List.of("httponly", "samesite=lax", "secure")), overHttps);
        assertEquals(
                List.of("max-age=31536000; includeSubDomains"),
                response.headers().allValues("Strict-Transport-Security"));
    }

    @Test
    @RunAsClient
    void aSignInPostedFromAnotherSitesPageIsRefused() {
        assertEquals(403, signIn("cross-site", null).statusCode(), "a cross-site form post");
        assertEquals(403, signIn("same-site", null).statusCode(), "a page of a neighbouring subdomain");
        assertEquals(
                403,
                signIn(null, "http://attacker.example").statusCode(),
                "a browser without Fetch Metadata, from another origin");

        HttpResponse<String> fromHere = signIn(SAME_ORIGIN, null);
        assertEquals(302, fromHere.statusCode(), "the sign-in form of this server still signs in");
        HttpResponse<String> fromHereOlderBrowser = signIn(null, base.getProtocol() + "://" + base.getAuthority());
        assertEquals(302, fromHereOlderBrowser.statusCode());
    }

    @Test
    @RunAsClient
    void aForgedHostHeaderIsNeverEchoedIntoARedirect() {
        String body = "username=reviewer&password=" + URLEncoder.encode(DemoAccounts.PASSWORD, StandardCharsets.UTF_8);
        String signIn = raw("POST " + base.getPath() + "sign-in HTTP/1.1\r\nHost: attacker.example\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
        assertFalse(signIn.toLowerCase().contains("attacker.example"), signIn);
        assertTrue(
                signIn.startsWith("HTTP/1.1 400"),
                "a request for a host that is not this server is refused: " + signIn);
        String page = raw("GET " + base.getPath()
                + "reviewer/home.xhtml HTTP/1.1\r\nHost: attacker.example:8080\r\nConnection: close\r\n\r\n");
        assertFalse(page.toLowerCase().contains("attacker.example"), page);

        String ours = raw("GET " + base.getPath() + "login.xhtml HTTP/1.1\r\nHost: " + base.getAuthority()
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(ours.startsWith("HTTP/1.1 200"), ours.lines().findFirst().orElse(""));
    }

    @Test
    @RunAsClient
    void theEarShipsNoParsersAndTheReadersNoJunrar() throws IOException {
        try (ZipFile ear = new ZipFile(System.getProperty("reviewdesk.it.ear"))) {
            List<String> parsers = ear.stream()
                    .map(java.util.zip.ZipEntry::getName)
                    .filter(name ->
                            name.contains("tika-parser") || name.toLowerCase().contains("junrar"))
                    .toList();
            assertEquals(List.of(), parsers, "Tika's parsers run in the reader processes, never in the server");
        }
        // The readers' classpath, as the build provisions it into the server (reviewdesk.extraction-home's default).
        Path readers = Path.of(System.getProperty("reviewdesk.it.server-home"), "tika");
        try (Stream<Path> jars = Files.list(readers)) {
            List<String> names = jars.map(jar -> jar.getFileName().toString()).toList();
            assertEquals(
                    List.of(),
                    names.stream()
                            .filter(name -> name.toLowerCase().contains("junrar"))
                            .toList(),
                    "junrar's licence is not a free one");
            assertTrue(
                    names.stream().anyMatch(name -> name.contains("tika-parser")), "the readers have Tika's parsers");
        }
    }

    @Test
    void aRarFileIsStillRefusedAsAnArchive() {
        byte[] rar = new byte[64];
        byte[] signature = {'R', 'a', 'r', '!', 0x1A, 0x07, 0x01, 0x00};
        System.arraycopy(signature, 0, rar, 0, signature.length);
        InvalidInput refused = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInput.class, () -> attachments.upload("submitter", "scores.rar", new ByteArrayInputStream(rar)));
        String message = refused.errors().getFirst().message();
        assertTrue(message.contains("scores.rar") && message.contains("archive"), message);
    }

    /** Posts the demo reviewer's credentials to the sign-in as a page of the given origin would. */
    private HttpResponse<String> signIn(String fetchSite, String origin) {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        get(http, URI.create(base + "reviewer/home.xhtml"));
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=reviewer&password="
                        + URLEncoder.encode(DemoAccounts.PASSWORD, StandardCharsets.UTF_8)));
        if (fetchSite != null) {
            post.header("Sec-Fetch-Site", fetchSite);
        }
        if (origin != null) {
            post.header("Origin", origin);
        }
        HttpResponse<String> response = Http.send(http, post.build());
        boolean signedIn =
                get(http, URI.create(base + "reviewer/home.xhtml")).body().contains("id=\"home-heading\"");
        assertEquals(response.statusCode() == 302, signedIn, "signed in exactly when the sign-in was accepted");
        return response;
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) {
        return Http.send(http, HttpRequest.newBuilder(uri).GET().build());
    }

    /** A Set-Cookie header's attributes, lower-case (their names are case-insensitive). */
    private static List<String> attributes(String setCookie) {
        return java.util.Arrays.stream(setCookie.split(";"))
                .skip(1)
                .map(attribute -> attribute.strip().toLowerCase())
                .toList();
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie in " + response.headers().map()));
    }

    /**
     * A request written by hand: Java's HTTP client will not send a Host header other than the URL's, which is exactly
     * what this request must do.
     */
    private String raw(String request) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Trusts the test server's self-signed certificate (and, in this test only, any other). */
    private static final class TrustingManager extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
