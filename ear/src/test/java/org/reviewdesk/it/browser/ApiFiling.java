package org.reviewdesk.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.Year;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.reviewdesk.it.Browser;
import org.reviewdesk.it.Eventually;
import org.reviewdesk.it.Http;

/**
 * Files submitted cases the way a registry's system does, over the REST API with a token an administrator issued
 * on the API clients screen: for browser tests that need cases to work on.
 */
final class ApiFiling {

    private static final Pattern DISPLAY_ID = Pattern.compile("\"displayId\":\"([^\"]+)\"");

    private final Browser browser;
    private final String token;
    private final HttpClient http = HttpClient.newHttpClient();

    private ApiFiling(Browser browser, String token) {
        this.browser = browser;
        this.token = token;
    }

    /** Signs in as the demo administrator, registers an organisation and issues its token, then signs out. */
    static ApiFiling issuedBy(Browser admin, String organisation) {
        admin.signIn("admin", org.reviewdesk.security.DemoAccounts.PASSWORD);
        admin.click(By.id("api-clients"));
        admin.type(By.id("api:organisation"), organisation);
        admin.type(
                By.id("api:contact"), "api@" + organisation.toLowerCase().replaceAll("[^a-z0-9]", "") + ".example.org");
        admin.click(By.id("api:register"));
        admin.type(By.id("api:token-label"), "browser tests");
        admin.click(By.id("api:issue"));
        String token = admin.find(By.id("api:issued-token")).getAttribute("value");
        admin.click(By.id("api:done-token"));
        admin.signOut();
        return new ApiFiling(admin, token);
    }

    /**
     * Files an individual's request of last performance year with the document attached, shared with {@code sharedWith},
     * and waits until intake filed it.
     *
     * @return the case's display ID, "2025 TARGETED REVIEW ID: 7"
     */
    String file(String requestKey, String issueType, String sharedWith, Path document, String explanation) {
        return file(
                requestKey,
                "INDIVIDUAL",
                "1158813992",
                ",\"practice\":{\"tin\":\"123459403\",\"name\":\"Pfeffer Group\",\"notListed\":false}",
                issueType,
                sharedWith,
                document,
                explanation);
    }

    /** The same for a group, by its TIN. */
    String fileForGroup(
            String requestKey, String tin, String issueType, String sharedWith, Path document, String explanation) {
        return file(requestKey, "GROUP", tin, "", issueType, sharedWith, document, explanation);
    }

    private String file(
            String requestKey,
            String applicationType,
            String identifier,
            String practice,
            String issueType,
            String sharedWith,
            Path document,
            String explanation) {
        try {
            byte[] content = Files.readAllBytes(document);
            String fileName = document.getFileName().toString();
            expect(201, send("POST", "v1/files?fileName=" + fileName, "application/octet-stream", content));
            String json = """
                    {"version":1,"requestKey":"%s","source":"api","performanceYear":%d,"applicationType":"%s",
                     "identifier":"%s","title":"%s"%s,
                     "submitter":{"name":"Jordan Ellis","phone":"866-288-8292","email":"jordan.ellis@registry.example.org","relationship":"REGISTRY_QCDR"},
                     "additionalAccess":["%s"],"categories":["QUALITY"],"issueTypes":["%s"],"explanation":"%s",
                     "attachments":[{"sha256":"%s","fileName":"%s"}],
                     "certification":{"certifiedBy":"Jordan Ellis","certifiedAt":"%s","disclosureAccepted":true}}
                    """.formatted(
                    requestKey,
                    Year.now().getValue() - 1,
                    applicationType,
                    identifier,
                    "Browser test " + requestKey,
                    practice,
                    sharedWith,
                    issueType,
                    explanation,
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(content)),
                    fileName,
                    Instant.now());
            expect(202, send("POST", "v1/requests", "application/json", json.getBytes()));
            String status = Eventually.await(
                    "the case filed",
                    () -> send("GET", "v1/requests/" + requestKey, null, null).body(),
                    body -> body.contains("SUBMITTED_IN_REVIEW"));
            Matcher displayId = DISPLAY_ID.matcher(status);
            if (!displayId.find()) {
                throw new AssertionError("No display ID in " + status);
            }
            return displayId.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(browser.url("api/" + path)))
                .header("Authorization", "Bearer " + token)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return Http.send(http, request.build());
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError(
                    response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
