package org.reviewdesk.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reviewdesk.attachment.Attachment;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.comment.Comment;
import org.reviewdesk.comment.Comments;
import org.reviewdesk.intake.IntakeMessage;
import org.reviewdesk.intake.IntakeQueue;
import org.reviewdesk.it.Eventually;
import org.reviewdesk.it.Mailboxes;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.mail.Inbox;
import org.reviewdesk.operations.DeadLetter;
import org.reviewdesk.operations.DeadLetterQueue;
import org.reviewdesk.operations.DeadLetters;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.CaseAction;
import org.reviewdesk.request.CaseEvent;
import org.reviewdesk.request.CaseHistory;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;
import org.reviewdesk.request.Relationship;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.request.SubmissionWindows;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.review.Assignments;
import org.reviewdesk.review.DocumentationRequest;
import org.reviewdesk.review.DocumentationRequests;
import org.reviewdesk.scheduling.Deadlines;
import org.reviewdesk.search.CaseSearch;
import org.reviewdesk.search.SearchRequest;
import org.reviewdesk.security.PasswordHash;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;
import org.reviewdesk.security.Viewer;

/**
 * Replies to notifications (DESIGN §10), through real SMTP and IMAP (GreenMail): the application
 * mails each recipient a reply address with their own token, the test answers from a mail
 * program's point of view into the replies mailbox, and the application reads it over IMAP. A
 * tokened reply is a comment like any other (it answers a documentation request, is audited,
 * indexed, and tells the reviewer; its files are checked like uploads); anything else files
 * nothing and is dead-lettered with its reason.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("server")
class RepliesIT {

    private static final Viewer STAFF = new Viewer("reviewer", "riley.reviewer@example.org", Set.of(Role.REVIEWER));
    private static final Viewer SUPERVISOR =
            new Viewer("supervisor", "morgan.supervisor@example.org", Set.of(Role.SUPERVISOR));
    private static final String MAILBOX = "replies@reviewdesk.example.org";
    private static final String OFFICE = "office@example.org";

    private static final String PDF = "corpus/documents/testPDF.pdf";

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = TestDeployments.withTests(RepliesIT.class);
        WebArchive web = ear.getAsType(WebArchive.class, TestDeployments.WEB_MODULE);
        web.addAsResource(TestDeployments.sharedFile(PDF).toFile(), PDF);
        ear.delete(TestDeployments.WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }

    @EJB
    Inbox inbox;

    @EJB
    Comments comments;

    @EJB
    Attachments attachments;

    @EJB
    DeadLetters deadLetters;

    @EJB
    IntakeQueue intake;

    @EJB
    SubmissionWindows windows;

    @EJB
    Assignments assignments;

    @EJB
    DocumentationRequests documentation;

    @EJB
    Deadlines deadlines;

    @EJB
    CaseHistory history;

    @EJB
    CaseSearch search;

    @EJB
    UserAccounts accounts;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private GreenMail mail;

    @BeforeEach
    void startMailServer() {
        // The replies mailbox, which every notification's reply address is made from (REVIEWDESK_REPLY_ADDRESS).
        System.setProperty("reviewdesk.reply-address", MAILBOX);
        mail = new GreenMail(new ServerSetup[] {
            new ServerSetup(
                    Integer.parseInt(System.getenv("REVIEWDESK_SMTP_PORT")), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(
                    Integer.parseInt(System.getenv("REVIEWDESK_IMAP_PORT")), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
        });
        mail.start();
        mail.setUser(MAILBOX, System.getenv("REVIEWDESK_IMAP_USER"), System.getenv("REVIEWDESK_IMAP_PASSWORD"));
    }

    @AfterEach
    void stopMailServer() {
        System.clearProperty("reviewdesk.reply-address");
        System.clearProperty("reviewdesk.documentation-period");
        System.clearProperty("reviewdesk.documentation-reminder");
        mail.stop();
    }

    @Test
    void aTokenedReplyWithAPdfAnswersTheOpenDocumentationRequestTellsTheReviewerAndIsSearchable() throws Exception {
        Viewer reviewer = reviewer();
        TargetedReviewRequest request = assignedTo(reviewer, submittedRequest());
        // A clock short enough to see it not lapse; the answer has to come well before it would.
        System.setProperty("reviewdesk.documentation-period", "PT60S");
        System.setProperty("reviewdesk.documentation-reminder", "PT30S");
        DocumentationRequest asked =
                documentation.ask(request.id(), reviewer, reload(request.id()).version(), "The QRDA report you filed");

        MimeMessage notification = mailTo(OFFICE, request.displayId() + ": documentation requested");
        byte[] pdf;
        try (InputStream content = getClass().getClassLoader().getResourceAsStream(PDF)) {
            pdf = content.readAllBytes();
        }
        deliver(answer(
                OFFICE,
                notification,
                "Here is the report you asked for.\n\nOn Mon, Nov 23, 2026 Review Desk wrote:\n> Please send",
                "report.pdf",
                pdf));
        assertEquals(1, inbox.read());

        Comment filed = Eventually.await("the comment", () -> comments.thread(request.id(), STAFF), c -> c.size() == 1)
                .getFirst();
        assertEquals("Here is the report you asked for.", filed.body(), "the quoted history is left out");
        assertTrue(filed.authorName().contains(OFFICE), filed.authorName());
        List<Attachment> files = attachments.of(request.id(), STAFF);
        assertEquals(1, files.size(), files.toString());
        assertEquals("report.pdf", files.getFirst().fileName());
        assertEquals("application/pdf", files.getFirst().mediaType(), "the type detected from the content");
        assertEquals(filed.id(), files.getFirst().commentId(), "the file is kept on the comment");

        DocumentationRequest answered = documentation.of(request.id(), reviewer).getFirst();
        assertEquals("Answered", answered.state(), "the reply answered the documentation request");
        List<CaseAction> actions = history.of(request.id(), SUPERVISOR).stream()
                .map(CaseEvent::action)
                .toList();
        assertTrue(actions.contains(CaseAction.COMMENTED), "the reply is in the audit trail: " + actions);
        assertTrue(actions.contains(CaseAction.DOCUMENTATION_ANSWERED), "the answer is in the audit trail: " + actions);

        MimeMessage toReviewer = mailTo(reviewer.email(), request.displayId() + ": documentation request answered");
        assertTrue(bodyOf(toReviewer).contains("Here is the report you asked for."), bodyOf(toReviewer));
        assertTrue(
                comments.newTo(request.id(), reviewer).contains(filed.id()),
                "the reply is new to the reviewer on the case page");
        comments.markRead(request.id(), reviewer);
        assertFalse(
                comments.newTo(request.id(), reviewer).contains(filed.id()),
                "once the reviewer opened the case it is no longer new");

        Eventually.await(
                "the case found by a word only in the PDF",
                () -> search.search(SearchRequest.of("incubation"), SUPERVISOR).hits().stream()
                        .anyMatch(hit -> hit.summary().id() == request.id()),
                found -> found);

        // Past the moment the request would have lapsed: the clock had stopped, so no automatic denial follows.
        Thread.sleep(Math.max(
                0, Duration.between(Instant.now(), asked.dueAt().plusSeconds(5)).toMillis()));
        assertEquals(RequestStatus.SUBMITTED_IN_REVIEW, reload(request.id()).status(), "no automatic denial");
        assertTrue(
                deadlines.pending().stream()
                        .noneMatch(deadline -> deadline.subject().equals(String.valueOf(asked.id()))),
                "the answer cancelled the reminder and the lapse");
    }

    @Test
    void aForgedFromWithAGuessedCaseNumberFilesNothing() throws Exception {
        TargetedReviewRequest request = submittedRequest();
        String subject = "Re: [Review Desk #" + request.id() + "] " + request.displayId() + " received";

        // From an address that is on the request, with the request's tag in the subject, but to the bare mailbox.
        deliver(message(OFFICE, MAILBOX, subject, "Withdraw everything.", null, null));
        // And to a reply address with a token nobody issued.
        deliver(message(
                OFFICE,
                "replies+" + "0".repeat(48) + "@reviewdesk.example.org",
                subject + " guessed",
                "Approve it.",
                null,
                null));
        inbox.read();

        DeadLetter bare = Eventually.await(
                        "the refusal of the bare address", () -> deadLetterWithSubject(subject), Optional::isPresent)
                .orElseThrow();
        assertTrue(bare.reason().contains("not sent to a reply address"), bare.reason());
        DeadLetter guessed = Eventually.await(
                        "the refusal of the guessed token",
                        () -> deadLetterWithSubject(subject + " guessed"),
                        Optional::isPresent)
                .orElseThrow();
        assertTrue(guessed.reason().contains("never issued"), guessed.reason());
        assertEquals(List.of(), comments.thread(request.id(), STAFF), "nothing was filed");
    }

    @Test
    void aReplyAddressStopsWorkingWhenItsAddressLosesAccess() throws Exception {
        TargetedReviewRequest request = submittedRequest();
        MimeMessage received = mailTo(OFFICE, request.displayId() + " received");
        String replyAddress = replyAddressOf(received);

        // The subject does not matter (this one lost the request's tag); the reply address does.
        deliver(message(OFFICE, replyAddress, "A question", "Does the TIN need its dashes?", null, null));
        inbox.read();
        Eventually.await("the comment", () -> comments.thread(request.id(), STAFF), c -> c.size() == 1);

        // The owner takes the office off the request (as the owner's screen will; here straight in the database).
        transaction.begin();
        em.joinTransaction();
        assertEquals(
                1,
                em.createNativeQuery("DELETE FROM request_access_email WHERE request_id = ?1 AND email = ?2")
                        .setParameter(1, request.id())
                        .setParameter(2, OFFICE)
                        .executeUpdate());
        transaction.commit();
        em.getEntityManagerFactory().getCache().evict(TargetedReviewRequest.class, request.id());

        String late = "Another question " + UUID.randomUUID();
        deliver(message(OFFICE, replyAddress, late, "Am I still on it?", null, null));
        inbox.read();
        DeadLetter refused = Eventually.await("the refusal", () -> deadLetterWithSubject(late), Optional::isPresent)
                .orElseThrow();
        assertTrue(refused.reason().contains("may no longer see the request"), refused.reason());
        assertEquals(1, comments.thread(request.id(), STAFF).size(), "the second reply filed nothing");
    }

    @Test
    void eachRecipientGetsAReplyAddressOfTheirOwn() throws Exception {
        TargetedReviewRequest request = submittedRequest();

        String office = replyAddressOf(mailTo(OFFICE, request.displayId() + " received"));
        String contact = replyAddressOf(mailTo("support@registry.example.org", request.displayId() + " received"));

        assertTrue(office.startsWith("replies+") && office.endsWith("@reviewdesk.example.org"), office);
        assertNotEquals(office, contact);
    }

    @Test
    void aRefusedAttachmentIsNamedOnTheCommentWithItsReason() throws Exception {
        TargetedReviewRequest request = submittedRequest();
        MimeMessage received = mailTo(OFFICE, request.displayId() + " received");

        deliver(answer(OFFICE, received, "The scores are in the archive.", "scores.zip", zip()));
        inbox.read();

        Comment filed = Eventually.await("the comment", () -> comments.thread(request.id(), STAFF), c -> c.size() == 1)
                .getFirst();
        assertEquals("The scores are in the archive.", filed.body());
        assertEquals(1, filed.refusedFiles().size(), filed.refusedFiles().toString());
        String refusal = filed.refusedFiles().getFirst();
        assertTrue(
                refusal.contains("scores.zip") && refusal.contains("not attached") && refusal.contains("archives"),
                refusal);
        assertEquals(List.of(), attachments.of(request.id(), STAFF), "the archive was not kept");
    }

    @Test
    void theSameReplyReadTwiceMakesOneComment() throws Exception {
        TargetedReviewRequest request = submittedRequest();
        MimeMessage reply =
                answer(OFFICE, mailTo(OFFICE, request.displayId() + " received"), "Only once, please.", null, null);

        deliver(reply);
        inbox.read();
        deliver(reply);
        inbox.read();

        Eventually.await("the comment", () -> comments.thread(request.id(), STAFF), c -> c.size() == 1);
        String subject = reply.getSubject();
        Eventually.await("the second copy processed", () -> deadLetterWithSubject(subject), Optional::isEmpty);
        assertEquals(1, comments.thread(request.id(), STAFF).size());
    }

    @Test
    void aCommentTheSubmitterWritesUnpromptedTellsTheAssignedReviewer() throws Exception {
        Viewer reviewer = reviewer();
        TargetedReviewRequest request = assignedTo(reviewer, submittedRequest());
        Viewer owner = new Viewer(request.ownerUsername(), null, Set.of(Role.SUBMITTER));

        Comment written = comments.post(request.id(), owner, "We found a second practice under the same TIN.");

        MimeMessage told =
                mailTo(reviewer.email(), request.displayId() + ": new comment from " + request.ownerUsername());
        assertTrue(bodyOf(told).contains("We found a second practice under the same TIN."), bodyOf(told));
        assertTrue(bodyOf(told).contains("reviewer/case.xhtml?id=" + request.id()), "it links to the staff case page");
        assertTrue(
                comments.newTo(request.id(), reviewer).contains(written.id()),
                "it is new to the reviewer on the case page");
    }

    // ---- mail

    /** The copy of a notification to this recipient whose subject ends like this, once it arrived. */
    private MimeMessage mailTo(String recipient, String subjectEnd) {
        return Eventually.await(
                        "the mail to " + recipient + " ending \"" + subjectEnd + "\"",
                        () -> Mailboxes.to(mail, recipient).stream()
                                .filter(message -> subjectOf(message).endsWith(subjectEnd))
                                .toList(),
                        found -> !found.isEmpty())
                .getFirst();
    }

    private static String replyAddressOf(MimeMessage notification) throws MessagingException {
        assertTrue(
                notification.getReplyTo() != null && notification.getReplyTo().length == 1,
                "a notification has one reply address");
        return ((InternetAddress) notification.getReplyTo()[0]).getAddress();
    }

    /** What a mail program sends when this person answers the notification: to its Reply-To, "Re:" its subject. */
    private static MimeMessage answer(String from, MimeMessage notification, String text, String fileName, byte[] file)
            throws Exception {
        return message(from, replyAddressOf(notification), "Re: " + notification.getSubject(), text, fileName, file);
    }

    private static MimeMessage message(
            String from, String to, String subject, String text, String fileName, byte[] file) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, to);
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        if (file == null) {
            message.setText(text, StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text, StandardCharsets.UTF_8.name());
            MimeBodyPart attached = new MimeBodyPart();
            attached.setContent(file, "application/octet-stream");
            attached.setFileName(fileName);
            attached.setDisposition(MimeBodyPart.ATTACHMENT);
            message.setContent(new MimeMultipart(body, attached));
        }
        message.saveChanges();
        return message;
    }

    /** Into the replies mailbox, which the application reads over IMAP. */
    private void deliver(MimeMessage message) {
        mail.getUserManager().getUser(System.getenv("REVIEWDESK_IMAP_USER")).deliver(message);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bodyOf(MimeMessage message) {
        try {
            return String.valueOf(message.getContent()).replace("\r\n", "\n");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<DeadLetter> deadLetterWithSubject(String subject) {
        return deadLetters.list(DeadLetterQueue.REPLIES).stream()
                .filter(letter -> letter.excerpt().contains("subject: " + subject + ","))
                .findFirst();
    }

    private static byte[] zip() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("scores.csv"));
            zip.write("measure,score\nQ001,7.2\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    // ---- cases and people

    private Viewer reviewer() {
        String username = "replies-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = accounts.add(new UserAccount(
                username,
                "Reviewer " + username,
                username + "@staff.example.org",
                PasswordHash.of("not-used-in-this-test".toCharArray()),
                Set.of(Role.REVIEWER)));
        return Viewer.of(account);
    }

    private TargetedReviewRequest assignedTo(Viewer reviewer, TargetedReviewRequest request) {
        assignments.reassign(
                List.of(request.id()), reviewer.username(), "The replies test works this case", SUPERVISOR);
        return reload(request.id());
    }

    private TargetedReviewRequest reload(long id) {
        em.clear();
        return em.find(TargetedReviewRequest.class, id);
    }

    /** A case filed through intake by a registry, with office@example.org on its additional access. */
    private TargetedReviewRequest submittedRequest() {
        String registry = "registry-" + UUID.randomUUID();
        IntakeMessage message = new IntakeMessage(
                "it-" + UUID.randomUUID(),
                IntakeMessage.Source.API,
                windows.current(Instant.now()).performanceYear(),
                ApplicationType.GROUP,
                "123459403",
                "Replies",
                null,
                null,
                new IntakeMessage.Submitter(
                        null, "866-288-8292", null, "support@registry.example.org", Relationship.REGISTRY_QCDR, null),
                List.of(OFFICE),
                Set.of(PerformanceCategory.COST),
                Set.of(IssueType.GENERAL),
                "Scored under the wrong TIN.",
                List.of(),
                new IntakeMessage.Certification(registry, Instant.now()));
        intake.submit(message.requestKey(), message.toJson());
        return Eventually.await(
                        "the case",
                        () -> {
                            em.clear();
                            return em.createQuery(
                                            "SELECT r FROM TargetedReviewRequest r WHERE r.ownerUsername = :owner",
                                            TargetedReviewRequest.class)
                                    .setParameter("owner", registry)
                                    .getResultList();
                        },
                        cases -> cases.size() == 1 && cases.getFirst().status() == RequestStatus.SUBMITTED_IN_REVIEW)
                .getFirst();
    }
}
