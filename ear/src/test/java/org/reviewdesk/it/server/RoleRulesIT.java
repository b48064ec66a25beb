package org.reviewdesk.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reviewdesk.accounts.AccountAdministration;
import org.reviewdesk.accounts.NewAccount;
import org.reviewdesk.api.ApiClientKind;
import org.reviewdesk.api.ApiClients;
import org.reviewdesk.api.ApiTokens;
import org.reviewdesk.attachment.Attachment;
import org.reviewdesk.attachment.AttachmentNotFound;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.comment.Comments;
import org.reviewdesk.configuration.Settings;
import org.reviewdesk.dashboard.Dashboard;
import org.reviewdesk.it.Eventually;
import org.reviewdesk.it.Mailboxes;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.it.TestFiling;
import org.reviewdesk.it.TestRequests;
import org.reviewdesk.mail.MailLog;
import org.reviewdesk.operations.DeadLetterQueue;
import org.reviewdesk.operations.DeadLetters;
import org.reviewdesk.reference.ReferenceImport;
import org.reviewdesk.reference.ReferenceKind;
import org.reviewdesk.request.CaseAction;
import org.reviewdesk.request.CaseHistory;
import org.reviewdesk.request.DecisionReason;
import org.reviewdesk.request.RequestNotFound;
import org.reviewdesk.request.SubmissionWindows;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.request.TargetedReviews;
import org.reviewdesk.review.Decisions;
import org.reviewdesk.review.DocumentationRequests;
import org.reviewdesk.review.ReviewWork;
import org.reviewdesk.scheduling.Deadlines;
import org.reviewdesk.search.CaseIndexing;
import org.reviewdesk.search.IndexRebuild;
import org.reviewdesk.security.PasswordHash;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;
import org.reviewdesk.security.Viewer;
import org.reviewdesk.validation.InvalidInput;

/**
 * The role rules of DESIGN §7, enforced by the services themselves (issue 11 §2): an administrator reads
 * cases and never writes on them; a draft is its submitter's alone, by service and by URL; the
 * administrative services refuse every caller who is not an administrator; the owner gives and removes
 * access after submission, and a removed address loses access and mail at once.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("server")
class RoleRulesIT {

    private static final String DEMO_PASSWORD = "review-desk-demo";
    private static final Viewer ADMIN = new Viewer("admin", "alex.admin@example.org", Set.of(Role.ADMIN));
    private static final Viewer RILEY = new Viewer("reviewer", "riley.reviewer@example.org", Set.of(Role.REVIEWER));
    private static final Viewer MORGAN =
            new Viewer("supervisor", "morgan.supervisor@example.org", Set.of(Role.SUPERVISOR));

    @Deployment
    static EnterpriseArchive deployment() {
        return TestDeployments.addToEjbModule(
                TestDeployments.withTests(RoleRulesIT.class, TestFiling.class, TestRequests.class),
                RunsAs.class,
                AsReviewer.class,
                AsSubmitter.class,
                AsSupervisor.class);
    }

    @EJB
    MailLog mailLog;

    @EJB
    SubmissionWindows windows;

    @EJB
    TargetedReviews reviews;

    @EJB
    ReviewWork work;

    @EJB
    Comments comments;

    @EJB
    DocumentationRequests documentation;

    @EJB
    Decisions decisions;

    @EJB
    Attachments attachments;

    @EJB
    CaseHistory history;

    @EJB
    AccountAdministration administration;

    @EJB
    DeadLetters deadLetters;

    @EJB
    Deadlines deadlines;

    @EJB
    ApiClients apiClients;

    @EJB
    ApiTokens apiTokens;

    @EJB
    ReferenceImport referenceImport;

    @EJB
    UserAccounts accounts;

    @EJB
    CaseIndexing indexing;

    @EJB
    IndexRebuild rebuild;

    @EJB
    org.reviewdesk.retention.Retention retention;

    @EJB
    org.reviewdesk.retention.LegalHolds holds;

    @EJB
    org.reviewdesk.retention.RetentionLog retentionLog;

    @EJB
    AsReviewer asReviewer;

    @EJB
    AsSupervisor asSupervisor;

    @EJB
    Dashboard dashboard;

    @EJB
    AsSubmitter asSubmitter;

    @Inject
    Settings settings;

    @Inject
    TestFiling filing;

    private GreenMail smtp;

    @BeforeEach
    void listenForMail() {
        smtp = Mailboxes.listen();
    }

    @AfterEach
    void stopListening() {
        smtp.stop();
    }

    @Test
    void anAdministratorReadsACaseButNeverCommentsRequestsDocumentationOrDecides() {
        TargetedReviewRequest filed = file();
        long id = filed.id();
        long version = filed.version();
        String adminWords = "Administrator words " + UUID.randomUUID();

        assertEquals(id, reviews.find(id, ADMIN).id(), "an administrator reads the case");
        InvalidInput comment =
                assertThrows(InvalidInput.class, () -> comments.post(id, null, ADMIN, adminWords, false, List.of()));
        assertEquals("Comment", comment.errors().getFirst().field());
        assertTrue(comment.getMessage().contains("Administrators read cases"), comment.getMessage());
        assertThrows(InvalidInput.class, () -> comments.postInternalNote(id, ADMIN, adminWords));
        assertThrows(RequestNotFound.class, () -> documentation.ask(id, ADMIN, version, "Send the data file"));
        assertThrows(
                RequestNotFound.class,
                () -> decisions.decide(id, ADMIN, version, DecisionReason.SCORING_METHODOLOGY, "No"));

        assertTrue(comments.thread(id, ADMIN).isEmpty(), "nothing the administrator wrote is on the case");
        // A supervisor's comment goes out; the administrator's never did.
        String supervisorWords = "Supervisor words " + UUID.randomUUID();
        comments.post(id, null, MORGAN, supervisorWords, false, List.of());
        Eventually.await(
                "the supervisor's comment mail",
                () -> mailsMentioning(TestRequests.CONTACT, supervisorWords),
                m -> !m.isEmpty());
        assertTrue(
                mailsMentioning(TestRequests.CONTACT, adminWords).isEmpty(),
                "the administrator's words were mailed to the submitter");
    }

    @Test
    void staffCannotOpenADraftOrItsFilesThroughTheServices() {
        Viewer owner = submitter();
        TargetedReviewRequest draft = reviews.startDraft(owner);
        Attachment file = notesOn(draft, owner);

        for (Viewer staff : List.of(RILEY, MORGAN, ADMIN)) {
            assertThrows(
                    RequestNotFound.class, () -> reviews.find(draft.id(), staff), staff.username() + " saw a draft");
            assertThrows(
                    RequestNotFound.class,
                    () -> work.open(draft.id(), staff),
                    staff.username() + " opened a draft as a case");
            assertThrows(
                    AttachmentNotFound.class,
                    () -> attachments.find(file.id(), staff),
                    staff.username() + " reached a draft's file");
            assertThrows(RequestNotFound.class, () -> documentation.of(draft.id(), staff));
        }
        assertEquals(draft.id(), reviews.find(draft.id(), owner).id(), "the submitter still has their draft");
        assertEquals(file.id(), attachments.find(file.id(), owner).id());
    }

    @Test
    void staffGetNotFoundForADraftsCasePageFileAndPdfByUrl() throws Exception {
        Viewer owner = submitter();
        TargetedReviewRequest draft = reviews.startDraft(owner);
        Attachment file = notesOn(draft, owner);
        TargetedReviewRequest filed = file();

        for (String staff : List.of("reviewer", "supervisor", "admin")) {
            HttpClient browser = signedIn(staff, "reviewer/case.xhtml?id=" + filed.id());
            assertEquals(200, get(browser, "reviewer/case.xhtml?id=" + filed.id()), staff + " opens a filed case");
            assertEquals(
                    200, get(browser, "files/request/" + filed.id() + ".pdf"), staff + " downloads a filed case's PDF");

            assertEquals(
                    404, get(browser, "reviewer/case.xhtml?id=" + draft.id()), staff + " opened a draft's case page");
            assertEquals(
                    404, get(browser, "files/request/" + draft.id() + ".pdf"), staff + " downloaded a draft's PDF");
            assertEquals(404, get(browser, "files/attachment/" + file.id()), staff + " downloaded a draft's file");
        }
    }

    @Test
    void theAdministrativeServicesRefuseEveryCallerWhoIsNotAnAdministrator() throws Exception {
        // The test itself runs as an administrator (arquillian-runner-access.xml): allowed.
        deadLetters.list(DeadLetterQueue.INTAKE);
        apiClients.all();

        List<Callable<?>> administrative = List.of(
                () -> deadLetters.list(DeadLetterQueue.MAIL),
                () -> deadLetters.retry(DeadLetterQueue.INTAKE, "ID:00000000-0000-0000-0000-000000000000"),
                () -> deadLetters.discard(DeadLetterQueue.INTAKE, "ID:00000000-0000-0000-0000-000000000000"),
                () -> deadlines.failed(),
                () -> deadlines.retry(1L),
                () -> apiClients.all(),
                () -> mailLog.page(null, null, 0, 10),
                () -> mailLog.mail(1L),
                () -> mailLog.resend(1L),
                () -> apiClients.register(
                        "Refused Registry " + UUID.randomUUID(),
                        ApiClientKind.REGISTRY_QCDR,
                        "api@refused.example.org",
                        "admin"),
                () -> apiTokens.issue(1L, "refused", null, "admin"),
                () -> apiTokens.of(1L),
                () -> referenceImport.importCsv(ReferenceKind.CLINICIANS, new ByteArrayInputStream(new byte[0])),
                () -> accounts.add(new UserAccount(
                        "refused-" + UUID.randomUUID().toString().substring(0, 8),
                        "Refused",
                        "refused@example.org",
                        PasswordHash.of("a long enough password".toCharArray()),
                        Set.of(Role.ADMIN))),
                () -> indexing.check(),
                // Accounts: the arguments would change nothing if a call got through (no such account), so a failure
                // here harms no other test.
                () -> administration.page("", 0, 10),
                () -> administration.invite(new NewAccount(
                        "refused-" + UUID.randomUUID().toString().substring(0, 8),
                        "Refused",
                        "refused-invite@example.org",
                        Set.of(Role.ADMIN))),
                () -> {
                    administration.changeRoles("no-such-account", Set.of(Role.ADMIN));
                    return null;
                },
                () -> {
                    administration.disable("no-such-account");
                    return null;
                },
                () -> {
                    administration.sendPasswordReset("no-such-account");
                    return null;
                },
                // Retention: a hold on a case that does not exist would be refused as such, not as a role.
                () -> retention.preview(),
                () -> retention.runNow(),
                () -> retentionLog.latestRuns(1),
                () -> holds.all(),
                () -> holds.place(-1L, "Refused"),
                () -> {
                    holds.release(-1L, "Refused");
                    return null;
                },
                // Even with an administrator's Viewer in hand, the caller is not one.
                () -> rebuild.start(ADMIN));
        for (int i = 0; i < administrative.size(); i++) {
            Callable<?> call = administrative.get(i);
            assertRefused("call " + i + " as a reviewer", () -> asReviewer.call(call));
            assertRefused("call " + i + " as a submitter", () -> asSubmitter.call(call));
        }
        // What every user needs stays open to them.
        asSubmitter.call(() -> accounts.find("reviewer"));
        asReviewer.call(() -> reviews.find(file().id(), RILEY));
    }

    @Test
    void onlyASupervisorCreatesCorrectsOrExtendsASubmissionWindowOrReadsItsHistory() throws Exception {
        // A call that got through would at most set up a window for 2099, which no other test uses.
        List<Callable<?>> supervisory = List.of(
                () -> windows.create(2099, LocalDate.of(2100, 8, 2), null, "Refused"),
                () -> windows.correct(2099, 0, LocalDate.of(2100, 8, 9), null, "Refused"),
                () -> windows.extend(2099, 0, LocalDate.of(2100, 12, 1), "Refused"),
                () -> windows.changes());
        for (int i = 0; i < supervisory.size(); i++) {
            Callable<?> call = supervisory.get(i);
            assertRefused("window call " + i + " as a reviewer", () -> asReviewer.call(call));
            assertRefused("window call " + i + " as a submitter", () -> asSubmitter.call(call));
        }
        // Everyone reads the windows: the portal shows the current one.
        asSubmitter.call(() -> windows.current(Instant.now()));
    }

    @Test
    void theDashboardsFiguresAreTheSupervisorsAlone() throws Exception {
        List<Callable<?>> figures = List.of(
                dashboard::openCasesByReviewer,
                dashboard::agingOfOpenCases,
                dashboard::requestsByWeek,
                dashboard::outcomesByYear,
                () -> dashboard.topDenialReasons(2025),
                dashboard::documentationRequests,
                dashboard::yearsWithOutcomes);
        for (int i = 0; i < figures.size(); i++) {
            Callable<?> call = figures.get(i);
            // The test itself runs as an administrator.
            assertRefused("figure " + i + " as an administrator", call);
            assertRefused("figure " + i + " as a reviewer", () -> asReviewer.call(call));
            assertRefused("figure " + i + " as a submitter", () -> asSubmitter.call(call));
            asSupervisor.call(call);
        }
    }

    @Test
    void theOwnerGivesAndRemovesAccessAfterSubmissionAndARemovedAddressLosesItAtOnce() {
        TargetedReviewRequest filed = file();
        long id = filed.id();
        Viewer owner = new Viewer(filed.ownerUsername(), TestRequests.CONTACT, Set.of(Role.SUBMITTER));
        String name = "colleague-" + UUID.randomUUID().toString().substring(0, 8);
        Viewer colleague = new Viewer(name, name + "@practice.example.org", Set.of(Role.SUBMITTER));
        assertThrows(RequestNotFound.class, () -> reviews.find(id, colleague));

        reviews.shareWith(id, owner, "  " + name.toUpperCase() + "@Practice.Example.org ");

        assertEquals(
                id, reviews.find(id, colleague).id(), "the colleague sees the request once it is shared with them");
        assertTrue(reviews.visibleTo(colleague).stream().anyMatch(request -> request.id() == id));
        InvalidInput notTheirs =
                assertThrows(InvalidInput.class, () -> reviews.shareWith(id, colleague, "third@example.org"));
        assertTrue(notTheirs.getMessage().contains("Only the submitter"), notTheirs.getMessage());
        String first = "First news " + UUID.randomUUID();
        comments.post(id, null, MORGAN, first, false, List.of());
        Eventually.await(
                "the colleague's copy of the comment mail",
                () -> mailsMentioning(colleague.email(), first),
                m -> !m.isEmpty());

        reviews.unshare(id, owner, colleague.email());

        assertThrows(
                RequestNotFound.class, () -> reviews.find(id, colleague), "a removed address still sees the request");
        assertTrue(reviews.visibleTo(colleague).stream().noneMatch(request -> request.id() == id));
        assertThrows(RequestNotFound.class, () -> comments.post(id, null, colleague, "Still here?", false, List.of()));
        String second = "Second news " + UUID.randomUUID();
        comments.post(id, null, MORGAN, second, false, List.of());
        Eventually.await(
                "the submitter's copy of the second mail",
                () -> mailsMentioning(TestRequests.CONTACT, second),
                m -> !m.isEmpty());
        assertTrue(mailsMentioning(colleague.email(), second).isEmpty(), "a removed address was still mailed");

        List<String> trail = history.of(id, MORGAN).stream()
                .filter(event ->
                        event.action() == CaseAction.ACCESS_GIVEN || event.action() == CaseAction.ACCESS_REMOVED)
                .map(event -> event.action() + " " + event.actor() + ": " + event.details())
                .toList();
        assertEquals(
                List.of(
                        "ACCESS_GIVEN " + owner.username() + ": Access given to " + colleague.email(),
                        "ACCESS_REMOVED " + owner.username() + ": Access removed from " + colleague.email()),
                trail);
    }

    @Test
    void aBadAddressIsRefusedNamingTheFieldAndTheFix() {
        TargetedReviewRequest filed = file();
        Viewer owner = new Viewer(filed.ownerUsername(), TestRequests.CONTACT, Set.of(Role.SUBMITTER));

        InvalidInput bad =
                assertThrows(InvalidInput.class, () -> reviews.shareWith(filed.id(), owner, "colleague at practice"));
        assertEquals("Additional Staff Access Email(s)", bad.errors().getFirst().field());
        assertTrue(bad.getMessage().contains("name@example.org"), "the fix is named: " + bad.getMessage());
        InvalidInput missing =
                assertThrows(InvalidInput.class, () -> reviews.unshare(filed.id(), owner, "nobody@example.org"));
        assertEquals(
                "Additional Staff Access Email(s)", missing.errors().getFirst().field());
        reviews.shareWith(filed.id(), owner, "twice@example.org");
        InvalidInput twice =
                assertThrows(InvalidInput.class, () -> reviews.shareWith(filed.id(), owner, "Twice@Example.org"));
        assertTrue(twice.getMessage().contains("has access already"), twice.getMessage());
        assertEquals(
                Set.of("twice@example.org"),
                reviews.find(filed.id(), owner).additionalAccess(),
                "nothing half-written");
    }

    private static void assertRefused(String what, Callable<?> call) {
        try {
            call.call();
            fail(what + " was allowed");
        } catch (Exception refused) {
            for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
                if (cause instanceof EJBAccessException) {
                    return;
                }
            }
            throw new AssertionError(what + " failed otherwise than by being refused", refused);
        }
    }

    /** A file the owner attached to their draft. */
    private Attachment notesOn(TargetedReviewRequest draft, Viewer owner) {
        return attachments.attach(
                draft.id(),
                owner,
                "draft-notes.txt",
                new ByteArrayInputStream("Notes for a request not submitted yet".getBytes(StandardCharsets.UTF_8)));
    }

    private TargetedReviewRequest file() {
        return filing.filedFor("owner-" + UUID.randomUUID());
    }

    private static Viewer submitter() {
        String name = "drafter-" + UUID.randomUUID().toString().substring(0, 8);
        return new Viewer(name, name + "@example.org", Set.of(Role.SUBMITTER));
    }

    private List<MimeMessage> mailsMentioning(String recipient, String text) {
        return Mailboxes.to(smtp, recipient).stream()
                .filter(mail -> GreenMailUtil.getBody(mail).contains(text))
                .toList();
    }

    /** A client with the session of a demo account, signed in through the sign-in form the way a browser does. */
    private HttpClient signedIn(String username, String protectedPage) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        String signInPage = browser.send(
                        HttpRequest.newBuilder(url(protectedPage)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Map<String, String> fields = hiddenFieldsOf(signInPage);
        fields.put("username", username);
        fields.put("password", DEMO_PASSWORD);
        String form = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(url("sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertFalse(
                signedIn.body().contains("id=\"sign-in\""), username + " could not sign in: " + signedIn.statusCode());
        return browser;
    }

    /** Hidden inputs of the sign-in form (a token against login CSRF, for example), sent back as a browser would. */
    private static Map<String, String> hiddenFieldsOf(String page) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        Matcher input = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(page);
        while (input.find()) {
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(input.group());
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
            if (name.find()) {
                fields.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
            }
        }
        return fields;
    }

    private int get(HttpClient browser, String page) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(url(page)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private URI url(String page) {
        return URI.create(settings.publicUrl() + page);
    }
}
