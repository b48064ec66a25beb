package org.reviewdesk.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.ejb.EJB;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reviewdesk.comment.Comment;
import org.reviewdesk.comment.Comments;
import org.reviewdesk.intake.IntakeMessage;
import org.reviewdesk.intake.IntakeQueue;
import org.reviewdesk.mail.Inbox;
import org.reviewdesk.mail.Notifications;
import org.reviewdesk.operations.DeadLetter;
import org.reviewdesk.operations.DeadLetterQueue;
import org.reviewdesk.operations.DeadLetters;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;
import org.reviewdesk.request.Relationship;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.request.SubmissionWindows;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.Viewer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replies to notifications, delivered to a real IMAP mailbox (GreenMail) and read by the
 * application: from an address on the request they become a comment, anything else is refused
 * with its reason.
 */
@ExtendWith(ArquillianExtension.class)
class RepliesIT {

    private static final Viewer STAFF = new Viewer("reviewer", "riley.reviewer@example.org", Set.of(Role.REVIEWER));
    private static final String MAILBOX = "replies@reviewdesk.example.org";

    @Deployment
    static EnterpriseArchive deployment() {
        return TestDeployments.withTests(RepliesIT.class);
    }

    @EJB
    Inbox inbox;

    @EJB
    Comments comments;

    @EJB
    DeadLetters deadLetters;

    @EJB
    IntakeQueue intake;

    @EJB
    SubmissionWindows windows;

    @PersistenceContext
    EntityManager em;

    private GreenMail mail;

    @BeforeEach
    void startMailServer() {
        mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(Integer.parseInt(System.getenv("REVIEWDESK_SMTP_PORT")), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(Integer.parseInt(System.getenv("REVIEWDESK_IMAP_PORT")), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        mail.setUser(MAILBOX, System.getenv("REVIEWDESK_IMAP_USER"), System.getenv("REVIEWDESK_IMAP_PASSWORD"));
    }

    @AfterEach
    void stopMailServer() {
        mail.stop();
    }

    @Test
    void aReplyFromAnAddressOnTheRequestBecomesACommentWithoutTheQuotedHistory() throws Exception {
        TargetedReviewRequest request = submittedRequest();

        deliver("office@example.org", "Re: " + Notifications.subjectTag(request.id()) + " " + request.displayId() + " received",
                "The corrected file is on its way.\n\nOn Mon, Nov 23, 2026 at 3:04 PM Review Desk wrote:\n> We received your request.");
        assertEquals(1, inbox.read());

        Comment filed = Eventually.await("the comment", () -> comments.thread(request.id(), STAFF), c -> c.size() == 1).getFirst();
        assertEquals("The corrected file is on its way.", filed.body());
        assertTrue(filed.authorName().contains("office@example.org"), filed.authorName());
        assertEquals(0, mail.getManagers().getImapHostManager()
                .getInbox(mail.getUserManager().getUser(System.getenv("REVIEWDESK_IMAP_USER"))).getMessageCount(), "the reply left the mailbox");
    }

    @Test
    void theSameReplyReadTwiceMakesOneComment() throws Exception {
        TargetedReviewRequest request = submittedRequest();
        MimeMessage reply = reply("office@example.org", "Re: " + Notifications.subjectTag(request.id()), "Only once, please.");

        mail.getUserManager().getUser(System.getenv("REVIEWDESK_IMAP_USER")).deliver(reply);
        inbox.read();
        mail.getUserManager().getUser(System.getenv("REVIEWDESK_IMAP_USER")).deliver(reply);
        inbox.read();

        Eventually.await("the comment", () -> comments.thread(request.id(), STAFF), c -> c.size() == 1);
        Eventually.await("the second copy processed", () -> deadLetterFrom("office@example.org", request.id()), Optional::isEmpty);
        assertEquals(1, comments.thread(request.id(), STAFF).size());
    }

    @Test
    void aReplyFromAStrangerIsRefusedWithTheReasonAndMakesNoComment() throws Exception {
        TargetedReviewRequest request = submittedRequest();

        deliver("stranger@example.net", "Re: " + Notifications.subjectTag(request.id()) + " received", "Let me in.");
        inbox.read();

        DeadLetter refused = Eventually.await("the refusal", () -> deadLetterFrom("stranger@example.net", request.id()),
                Optional::isPresent).orElseThrow();
        assertTrue(refused.reason().contains("may not comment"), refused.reason());
        assertEquals(List.of(), comments.thread(request.id(), STAFF));
    }

    @Test
    void aReplyWhoseSubjectLostTheRequestTagIsRefused() throws Exception {
        String subject = "Question " + UUID.randomUUID();

        deliver("office@example.org", subject, "Which request was this?");
        inbox.read();

        DeadLetter refused = Eventually.await("the refusal", () -> deadLetters.list(DeadLetterQueue.REPLIES).stream()
                .filter(letter -> letter.excerpt().contains(subject)).findFirst(), Optional::isPresent).orElseThrow();
        assertTrue(refused.reason().contains("names no request"), refused.reason());
    }

    private void deliver(String from, String subject, String text) throws Exception {
        mail.getUserManager().getUser(System.getenv("REVIEWDESK_IMAP_USER")).deliver(reply(from, subject, text));
    }

    private static MimeMessage reply(String from, String subject, String text) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, MAILBOX);
        message.setSubject(subject);
        message.setText(text);
        message.saveChanges();
        return message;
    }

    private Optional<DeadLetter> deadLetterFrom(String sender, long requestId) {
        return deadLetters.list(DeadLetterQueue.REPLIES).stream()
                .filter(letter -> letter.excerpt().contains(sender) && letter.excerpt().contains("#" + requestId)).findFirst();
    }

    /** A case filed through intake by a registry, with office@example.org on its additional access. */
    private TargetedReviewRequest submittedRequest() {
        String registry = "registry-" + UUID.randomUUID();
        IntakeMessage message = new IntakeMessage("it-" + UUID.randomUUID(), IntakeMessage.Source.API,
                windows.current(Instant.now()).performanceYear(), ApplicationType.GROUP, "123459403", "Replies", null, null,
                new IntakeMessage.Submitter(null, "866-288-8292", null, "support@registry.example.org", Relationship.REGISTRY_QCDR, null),
                List.of("office@example.org"), Set.of(PerformanceCategory.COST), Set.of(IssueType.GENERAL),
                "Scored under the wrong TIN.", List.of(), new IntakeMessage.Certification(registry, Instant.now()));
        intake.submit(message.requestKey(), message.toJson());
        return Eventually.await("the case", () -> {
            em.clear();
            return em.createQuery("SELECT r FROM TargetedReviewRequest r WHERE r.ownerUsername = :owner", TargetedReviewRequest.class)
                    .setParameter("owner", registry).getResultList();
        }, cases -> cases.size() == 1 && cases.getFirst().status() == RequestStatus.SUBMITTED_IN_REVIEW).getFirst();
    }
}
