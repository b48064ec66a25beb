package org.reviewdesk.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reviewdesk.api.ApiClient;
import org.reviewdesk.api.ApiClientKind;
import org.reviewdesk.api.ApiClients;
import org.reviewdesk.api.ApiToken;
import org.reviewdesk.api.ApiTokenExpiryWarnings;
import org.reviewdesk.api.ApiTokens;
import org.reviewdesk.api.IssuedToken;
import org.reviewdesk.attachment.Attachment;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.comment.Comment;
import org.reviewdesk.comment.Comments;
import org.reviewdesk.intake.IntakeMessage;
import org.reviewdesk.it.Eventually;
import org.reviewdesk.it.Mailboxes;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;
import org.reviewdesk.request.Relationship;
import org.reviewdesk.request.SubmissionWindows;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.Viewer;

/**
 * The REST API as an intermediary's system uses it, over HTTP: tokens are issued through the
 * service (as the admin screen does), then files, requests and comments go through the API of
 * the server the test runs in.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("server")
class ApiIT {

    private static final String VALERIE_SHEA_NPI = "1158813992";
    private static final Viewer RILEY = new Viewer("reviewer", "riley.reviewer@example.org", Set.of(Role.REVIEWER));

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = TestDeployments.withTests(ApiIT.class);
        WebArchive web = ear.getAsType(WebArchive.class, TestDeployments.WEB_MODULE);
        web.addAsResource(
                TestDeployments.sharedFile("corpus/documents/testPDF.pdf").toFile(), "corpus/testPDF.pdf");
        web.addAsResource(
                TestDeployments.sharedFile("corpus/hostile/droste.zip").toFile(), "corpus/droste.zip");
        ear.delete(TestDeployments.WEB_MODULE);
        return ear.addAsModule(web);
    }

    @EJB
    ApiClients clients;

    @EJB
    ApiTokens tokens;

    @EJB
    Attachments attachments;

    @EJB
    Comments comments;

    @EJB
    SubmissionWindows windows;

    @EJB
    ApiTokenExpiryWarnings expiryWarnings;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private final HttpClient http = HttpClient.newHttpClient();

    /** The API of the server this test runs in: its HTTP port is 8080 shifted by the tests' port offset. */
    private static URI api(String path) {
        String port = System.getProperty("jboss.http.port");
        if (port == null) {
            port = String.valueOf(8080 + Integer.getInteger("jboss.socket.binding.port-offset", 200));
        }
        return URI.create("http://127.0.0.1:" + port + "/reviewdesk/api" + path);
    }

    @Test
    void anIntermediaryUploadsAFileFilesARequestSeesItSubmittedWithTheFileAndTalksWithTheReviewer() throws Exception {
        ApiClient registry = register("IT Registry");
        String token = issue(registry);

        // The file first: kept with its detected type, named by its SHA-256.
        byte[] pdf = corpus("testPDF.pdf");
        HttpResponse<String> uploaded = send(
                token,
                "POST",
                "/v1/files?fileName=receipt.pdf",
                "application/octet-stream",
                HttpRequest.BodyPublishers.ofByteArray(pdf));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        JsonObject file = json(uploaded);
        assertEquals(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), file.getString("sha256"));
        assertEquals("application/pdf", file.getString("mediaType"));
        assertEquals(pdf.length, file.getJsonNumber("sizeBytes").longValueExact());

        // The request names it; it is checked at once, then queued.
        IntakeMessage message = request(
                "Jordan Ellis",
                VALERIE_SHEA_NPI,
                List.of(new IntakeMessage.AttachmentReference(
                        file.getString("sha256"), "submission-receipt-2020.pdf")));
        HttpResponse<String> accepted = send(token, "POST", "/v1/requests", "application/json", body(message.toJson()));
        assertEquals(202, accepted.statusCode(), accepted.body());
        URI location = URI.create(accepted.headers().firstValue("Location").orElseThrow());
        assertTrue(
                location.getPath().endsWith("/reviewdesk/api/v1/requests/" + message.requestKey()),
                location.toString());

        JsonObject status = Eventually.await(
                "the request filed",
                () -> json(get(token, location)),
                found -> "SUBMITTED_IN_REVIEW".equals(found.getString("status")));
        assertTrue(status.getString("displayId").contains("TARGETED REVIEW ID"), status.toString());
        assertTrue(status.getJsonObject("links").getString("comments").endsWith("/comments"));

        TargetedReviewRequest filed = casesOf(registry).getFirst();
        assertEquals(
                registry.username(),
                filed.certification().certifiedBy(),
                "the organisation certifies, whatever name was sent");
        List<Attachment> files = attachments.of(filed.id(), RILEY);
        assertEquals(1, files.size());
        assertEquals("submission-receipt-2020.pdf", files.getFirst().fileName());
        assertEquals(file.getString("sha256"), files.getFirst().sha256());

        // The reviewer writes; the client reads only what is not an internal note, and answers.
        comments.postInternalNote(filed.id(), RILEY, "Check the TIN history before answering.");
        Comment question = comments.post(filed.id(), RILEY, "Which file did you send to CMS?");
        URI commentsUri = URI.create(status.getJsonObject("links").getString("comments"));
        JsonArray thread = json(get(token, commentsUri)).getJsonArray("comments");
        assertEquals(1, thread.size(), thread.toString());
        assertEquals("Riley Reviewer", thread.getJsonObject(0).getString("authorName"));
        assertEquals(
                question.id().longValue(),
                thread.getJsonObject(0).getJsonNumber("id").longValueExact());

        HttpResponse<String> answered = send(
                token,
                "POST",
                commentsUri,
                "application/json",
                body("{\"body\": \"The receipt we attached.\", \"replyTo\": " + question.id() + "}"));
        assertEquals(201, answered.statusCode(), answered.body());
        thread = json(get(token, commentsUri)).getJsonArray("comments");
        assertEquals(2, thread.size());
        JsonObject answer = thread.getJsonObject(1);
        assertEquals(question.id().longValue(), answer.getJsonNumber("parentId").longValueExact());
        assertEquals(registry.organisationName(), answer.getString("authorName"));
        assertEquals("The receipt we attached.", answer.getString("body"));
        assertTrue(thread.getJsonObject(0).isNull("parentId"));
    }

    @Test
    void aReplyToAnInternalNoteIsRefusedLikeOneToNoCommentAtAll() throws Exception {
        ApiClient registry = register("IT Notes");
        String token = issue(registry);
        URI location = fileAndAwait(token, request("Jordan Ellis", VALERIE_SHEA_NPI, List.of()));
        TargetedReviewRequest filed = casesOf(registry).getFirst();
        Comment note = comments.postInternalNote(filed.id(), RILEY, "Internal only.");

        HttpResponse<String> toNote = send(
                token,
                "POST",
                URI.create(location + "/comments"),
                "application/json",
                body("{\"body\": \"Hello\", \"replyTo\": " + note.id() + "}"));
        HttpResponse<String> toNothing = send(
                token,
                "POST",
                URI.create(location + "/comments"),
                "application/json",
                body("{\"body\": \"Hello\", \"replyTo\": 999999999}"));

        assertEquals(422, toNote.statusCode(), toNote.body());
        assertTrue(toNote.body().contains("replyTo"), toNote.body());
        assertEquals(toNothing.body().replace("999999999", "N"), toNote.body().replace(String.valueOf(note.id()), "N"));
        assertEquals(
                0,
                json(get(token, URI.create(location + "/comments")))
                        .getJsonArray("comments")
                        .size());
    }

    @Test
    void withoutAValidTokenEveryCallIs401WithAProblem() throws Exception {
        ApiClient registry = register("IT Revoked");
        IssuedToken issued = tokens.issue(registry.id(), "production", null, "admin");
        assertEquals(
                404,
                get(issued.secret(), api("/v1/requests/nothing-here")).statusCode(),
                "a valid token gets past the filter");

        tokens.revoke(issued.token().id(), "admin");

        for (String authorization : new String[] {
            null,
            "Basic YWRtaW46cmV2aWV3LWRlc2stZGVtbw==",
            "Bearer not-a-token",
            "Bearer rd_" + "A".repeat(43),
            "Bearer " + issued.secret()
        }) {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(api("/v1/requests/nothing-here")).GET();
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> refused = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, refused.statusCode(), String.valueOf(authorization));
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(
                    refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
            assertEquals(401, json(refused).getInt("status"));
            assertTrue(json(refused).getString("detail").contains("Bearer"));
        }
        assertEquals(401, uploadStatus(issued.secret()));
    }

    @Test
    void anExpiredTokenIsRefusedWithA401SayingItExpiredAndToAskForANewOne() throws Exception {
        ApiClient registry = register("IT Expired");
        IssuedToken issued = tokens.issue(registry.id(), "production", tomorrow(), "admin");
        assertEquals(
                404,
                get(issued.secret(), api("/v1/requests/nothing-here")).statusCode(),
                "the token works before its expiry");

        Instant expiredAt =
                Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        expireAt(issued.token(), expiredAt);

        HttpResponse<String> refused = get(issued.secret(), api("/v1/requests/nothing-here"));
        assertEquals(401, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(
                refused.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"),
                refused.headers().toString());
        JsonObject problem = json(refused);
        assertEquals("API token expired", problem.getString("title"));
        assertTrue(problem.getString("detail").contains("expired on " + expiredAt), problem.toString());
        assertTrue(
                problem.getString("detail").contains("Ask your Review Desk administrator for a new token"),
                problem.toString());
        assertEquals(401, uploadStatus(issued.secret()), "an expired token files nothing");
    }

    @Test
    void theContactIsWarnedOnceByMailThirtyDaysBeforeATokenExpires() throws Exception {
        GreenMail smtp = Mailboxes.listen();
        try {
            ApiClient registry = clients.register(
                    "IT Expiring " + UUID.randomUUID(),
                    ApiClientKind.REGISTRY_QCDR,
                    "tech@expiring-registry.example.org",
                    "admin");
            String label = "warned " + UUID.randomUUID().toString().substring(0, 8);
            IssuedToken farOff = tokens.issue(registry.id(), label + " later", null, "admin");
            IssuedToken expiring = tokens.issue(registry.id(), label, tomorrow(), "admin");

            assertTrue(expiryWarnings.sweep() >= 1, "the sweep warns about the token expiring tomorrow");
            assertEquals(
                    0,
                    expiryWarnings.sweep(),
                    "a second sweep (another server, or the next day) warns about nothing again");

            MimeMessage warning = Eventually.await(
                            "the expiry warning", () -> warningsAbout(smtp, label), found -> found.size() == 1)
                    .getFirst();
            assertEquals("tech@expiring-registry.example.org", warning.getAllRecipients()[0].toString());
            String body = warning.getContent().toString();
            assertTrue(body.contains(expiring.token().hint()), body);
            assertTrue(body.contains("Ask your Review Desk administrator for a new token"), body);
            assertFalse(body.contains(expiring.secret()), "the secret is never mailed");
            em.clear();
            assertTrue(em.find(ApiToken.class, expiring.token().id()).expiryWarnedAt() != null);
            assertEquals(
                    null,
                    em.find(ApiToken.class, farOff.token().id()).expiryWarnedAt(),
                    "a token a year away is not warned about");

            // Another token's warning, sent after the second sweep, is delivered after anything that sweep could have
            // queued.
            String sentinel = "sentinel " + UUID.randomUUID().toString().substring(0, 8);
            tokens.issue(registry.id(), sentinel, tomorrow(), "admin");
            assertEquals(1, expiryWarnings.sweep());
            Eventually.await("the sentinel warning", () -> warningsAbout(smtp, sentinel), found -> found.size() == 1);
            assertEquals(1, warningsAbout(smtp, label).size(), "one warning per token");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void anotherClientsRequestIsNotFoundExactlyLikeAnUnknownKeyAndItsKeyIsNotTheirs() throws Exception {
        String owner = issue(register("IT Owner"));
        String other = issue(register("IT Other"));
        IntakeMessage message = request("Jordan Ellis", VALERIE_SHEA_NPI, List.of());
        URI location = fileAndAwait(owner, message);

        HttpResponse<String> theirs = get(other, location);
        HttpResponse<String> unknown = get(other, api("/v1/requests/it-unknown-" + UUID.randomUUID()));
        assertEquals(404, theirs.statusCode());
        assertEquals(404, unknown.statusCode());
        assertEquals(unknown.body(), theirs.body());
        assertEquals(404, get(other, URI.create(location + "/comments")).statusCode());

        HttpResponse<String> takeover = send(other, "POST", "/v1/requests", "application/json", body(message.toJson()));
        assertEquals(409, takeover.statusCode(), takeover.body());
    }

    @Test
    void aBadMessageIsRefusedAtOnceWithEveryReasonAndNothingIsQueued() throws Exception {
        ApiClient registry = register("IT Bad");
        String token = issue(registry);

        HttpResponse<String> wrongNpi = send(
                token,
                "POST",
                "/v1/requests",
                "application/json",
                body(request(
                                "Jordan Ellis",
                                "1234567890",
                                List.of(new IntakeMessage.AttachmentReference("ab".repeat(32), "missing.pdf")))
                        .toJson()));
        assertEquals(422, wrongNpi.statusCode(), wrongNpi.body());
        String reasons = json(wrongNpi).getJsonArray("errors").toString();
        assertTrue(reasons.contains("check digit"), reasons);
        assertTrue(reasons.contains("attachments[0].sha256"), reasons);

        HttpResponse<String> notJson =
                send(token, "POST", "/v1/requests", "application/json", body("{\"version\": 1,"));
        assertEquals(422, notJson.statusCode(), notJson.body());
        assertTrue(notJson.body().toLowerCase().contains("json"), notJson.body());

        String fromPortal = request("Jordan Ellis", VALERIE_SHEA_NPI, List.of())
                .toJson()
                .replace("\"source\":\"api\"", "\"source\":\"portal\"");
        HttpResponse<String> portal = send(token, "POST", "/v1/requests", "application/json", body(fromPortal));
        assertEquals(422, portal.statusCode(), portal.body());
        assertTrue(portal.body().contains("source"), portal.body());

        HttpResponse<String> archive = send(
                token,
                "POST",
                "/v1/files",
                "application/zip",
                HttpRequest.BodyPublishers.ofByteArray(corpus("droste.zip")));
        assertEquals(422, archive.statusCode(), "no file name");
        archive = send(
                token,
                "POST",
                "/v1/files?fileName=droste.zip",
                "application/zip",
                HttpRequest.BodyPublishers.ofByteArray(corpus("droste.zip")));
        assertEquals(422, archive.statusCode(), archive.body());
        assertTrue(
                archive.body().contains("archives such as .zip are not accepted; attach the files themselves"),
                archive.body());
        assertFalse(
                archive.body().contains("application/zip"),
                "a submitter is told in words, not a media type: " + archive.body());

        assertEquals(List.of(), casesOf(registry));
    }

    @Test
    void aShapeErrorInOneFieldNeverHidesTheRuleErrorsOfTheOthers() throws Exception {
        ApiClient registry = register("IT Everything At Once");
        String token = issue(registry);
        String message = request("Jordan Ellis", "1234567890", List.of())
                .toJson()
                .replace("\"866-288-8292\"", "\"555-0100\"")
                .replaceFirst("\"categories\":\\[[^\\]]*\\]", "\"categories\":\"QUALITY\"");
        assertTrue(message.contains("\"categories\":\"QUALITY\""), message);

        HttpResponse<String> refused = send(token, "POST", "/v1/requests", "application/json", body(message));
        assertEquals(422, refused.statusCode(), refused.body());
        String reasons = json(refused).getJsonArray("errors").toString();
        assertTrue(reasons.contains("categories: expected a list"), reasons);
        assertTrue(reasons.contains("check digit"), "the NPI's rule is reported with the shape error: " + reasons);
        assertTrue(reasons.contains("Phone number"), "and the phone number's: " + reasons);
        assertEquals(List.of(), casesOf(registry));
    }

    @Test
    void controlCharactersAndOverLongValuesAreRefusedWithTheirFieldBeforeAnythingIsQueued() throws Exception {
        ApiClient registry = register("IT Control Characters");
        String token = issue(registry);
        IntakeMessage fine = request("Jordan Ellis", VALERIE_SHEA_NPI, List.of());
        IntakeMessage hostile = new IntakeMessage(
                fine.requestKey(),
                fine.source(),
                fine.performanceYear(),
                fine.applicationType(),
                fine.identifier(),
                "Title with a NUL\u0000",
                IntakeMessage.Practice.listed("123459403", "P".repeat(400)),
                null,
                fine.submitter(),
                List.of(),
                fine.categories(),
                fine.issueTypes(),
                "An explanation\nover lines, with a bell \u0007 in it.",
                List.of(),
                fine.certification());

        HttpResponse<String> refused = send(token, "POST", "/v1/requests", "application/json", body(hostile.toJson()));
        assertEquals(422, refused.statusCode(), refused.body());
        String reasons = json(refused).getJsonArray("errors").toString();
        assertTrue(reasons.contains("title: contains an invisible control character (NUL)"), reasons);
        assertTrue(reasons.contains("explanation: contains an invisible control character (U+0007)"), reasons);
        assertTrue(reasons.contains("Group Practice Name: It is 400 characters long; keep it to at most 300"), reasons);
        assertEquals(List.of(), casesOf(registry), "nothing was queued");
    }

    @Test
    void theFrameworksRefusalsAreProblemsInPlainWordsWithoutInternalCodes() throws Exception {
        String token = issue(register("IT Refusals"));
        HttpResponse<String> wrongType = send(token, "POST", "/v1/requests", "text/plain", body("hello"));
        assertPlainProblem(415, wrongType, "application/json");
        HttpResponse<String> wrongMethod = send(token, "PUT", "/v1/requests", "application/json", body("{}"));
        assertPlainProblem(405, wrongMethod, "does not take that method");
        assertTrue(
                wrongMethod.headers().firstValue("Allow").orElse("").contains("POST"),
                wrongMethod.headers().toString());
        HttpResponse<String> wrongAccept = http.send(
                authorized(token, HttpRequest.newBuilder(api("/v1/requests/some-key")))
                        .header("Accept", "application/xml")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertPlainProblem(406, wrongAccept, "JSON");
        HttpResponse<String> noSuchPath =
                send(token, "GET", "/v1/nothing-here", "application/json", HttpRequest.BodyPublishers.noBody());
        assertPlainProblem(404, noSuchPath, "openapi.yaml");
        HttpResponse<String> malformed =
                send(token, "POST", "/v1/requests", "application/json", body("{\"version\": 1, \"requestKey\": "));
        assertPlainProblem(422, malformed, "not valid JSON");
    }

    private static void assertPlainProblem(int status, HttpResponse<String> answer, String advice) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(
                answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                answer.headers().toString());
        String body = answer.body();
        assertTrue(body.contains(advice), body);
        assertFalse(
                body.matches("(?s).*(RESTEASY|[A-Z]{4,}\\d{6}|Exception|\\tat ).*"),
                "no framework code or trace: " + body);
    }

    @Test
    void theOpenApiDocumentIsPublic() throws Exception {
        HttpResponse<String> document = http.send(
                HttpRequest.newBuilder(api("/openapi.yaml")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, document.statusCode());
        assertTrue(document.body().startsWith("openapi: 3.1.0"), document.body());
        for (String path : List.of(
                "/v1/files:", "/v1/requests:", "/v1/requests/{requestKey}:", "/v1/requests/{requestKey}/comments:")) {
            assertTrue(document.body().contains(path), path);
        }
    }

    // ---- helpers

    private ApiClient register(String name) {
        return clients.register(
                name + " " + UUID.randomUUID(), ApiClientKind.REGISTRY_QCDR, "api@registry.example.org", "admin");
    }

    private static String tomorrow() {
        return LocalDate.now(ZoneId.of("America/New_York")).plusDays(1).toString();
    }

    /** The token's time runs out: what a year of waiting would do, written to the database. */
    private void expireAt(ApiToken token, Instant at) throws Exception {
        transaction.begin();
        em.createNativeQuery("UPDATE api_token SET expires_at = ? WHERE id = ?")
                .setParameter(1, java.sql.Timestamp.from(at))
                .setParameter(2, token.id())
                .executeUpdate();
        transaction.commit();
        em.clear();
    }

    private static List<MimeMessage> warningsAbout(GreenMail smtp, String label) {
        return java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return message.getSubject().startsWith("Review Desk: API token \"" + label + "\" expires");
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private String issue(ApiClient client) {
        return tokens.issue(client.id(), "integration test", null, "admin").secret();
    }

    private URI fileAndAwait(String token, IntakeMessage message) throws Exception {
        HttpResponse<String> accepted = send(token, "POST", "/v1/requests", "application/json", body(message.toJson()));
        assertEquals(202, accepted.statusCode(), accepted.body());
        URI location = URI.create(accepted.headers().firstValue("Location").orElseThrow());
        Eventually.await(
                "the request filed",
                () -> json(get(token, location)),
                found -> "SUBMITTED_IN_REVIEW".equals(found.getString("status")));
        return location;
    }

    private IntakeMessage request(String certifiedBy, String npi, List<IntakeMessage.AttachmentReference> files) {
        return new IntakeMessage(
                "it-api-" + UUID.randomUUID(),
                IntakeMessage.Source.API,
                windows.current(Instant.now()).performanceYear(),
                ApplicationType.INDIVIDUAL,
                npi,
                "Filed through the API",
                IntakeMessage.Practice.listed("123459403", "Pfeffer Group"),
                null,
                new IntakeMessage.Submitter(
                        "Jordan Ellis",
                        "866-288-8292",
                        null,
                        "jordan.ellis@registry.example.org",
                        Relationship.REGISTRY_QCDR,
                        null),
                List.of(),
                Set.of(PerformanceCategory.QUALITY),
                Set.of(IssueType.SUBMISSION),
                "The registry submitted the clinician's data under the wrong TIN.",
                files,
                new IntakeMessage.Certification(certifiedBy, Instant.now()));
    }

    private List<TargetedReviewRequest> casesOf(ApiClient client) {
        em.clear();
        return em.createQuery(
                        "SELECT r FROM TargetedReviewRequest r WHERE r.ownerUsername = :owner",
                        TargetedReviewRequest.class)
                .setParameter("owner", client.username())
                .getResultList();
    }

    private HttpResponse<String> get(String token, URI uri) {
        try {
            return http.send(
                    authorized(token, HttpRequest.newBuilder(uri)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The status of a PDF upload with this token. */
    private int uploadStatus(String token) throws IOException, InterruptedException {
        return send(
                        token,
                        "POST",
                        "/v1/files?fileName=a.pdf",
                        "application/pdf",
                        HttpRequest.BodyPublishers.ofByteArray(corpus("testPDF.pdf")))
                .statusCode();
    }

    private HttpResponse<String> send(
            String token, String method, String path, String contentType, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return send(token, method, api(path), contentType, body);
    }

    private HttpResponse<String> send(
            String token, String method, URI uri, String contentType, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        HttpRequest request = authorized(token, HttpRequest.newBuilder(uri))
                .header("Content-Type", contentType)
                .method(method, body)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder authorized(String token, HttpRequest.Builder request) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static HttpRequest.BodyPublisher body(String text) {
        return HttpRequest.BodyPublishers.ofString(text);
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private byte[] corpus(String name) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("corpus/" + name)) {
            return in.readAllBytes();
        }
    }
}
