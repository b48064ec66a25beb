package org.reviewdesk.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reviewdesk.intake.PortalIntake;
import org.reviewdesk.it.Eventually;
import org.reviewdesk.it.Mailboxes;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.mail.Notifications;
import org.reviewdesk.reference.ImportReport;
import org.reviewdesk.reference.ParticipationDirectory;
import org.reviewdesk.reference.ReferenceImport;
import org.reviewdesk.reference.ReferenceKind;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.Decision;
import org.reviewdesk.request.DecisionReason;
import org.reviewdesk.request.DraftChange;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;
import org.reviewdesk.request.Relationship;
import org.reviewdesk.request.RequestNotFound;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.request.TargetedReviews;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.Viewer;
import org.reviewdesk.validation.FieldError;
import org.reviewdesk.validation.InvalidInput;

/** The submitter's rules as the services enforce them, against the real database and reference data. */
@ExtendWith(ArquillianExtension.class)
@Tag("server")
class PortalRulesIT {

    /** In the demo clinicians file, billing under Pfeffer Group and Riverside Family Medicine. */
    private static final String VALERIE_SHEA = "1158813992";

    private static final Viewer PAT = new Viewer("submitter", "pat.submitter@example.org", Set.of(Role.SUBMITTER));
    private static final Viewer SAM = new Viewer("submitter2", "sam.second@example.org", Set.of(Role.SUBMITTER));
    private static final Viewer RILEY = new Viewer("reviewer", "riley.reviewer@example.org", Set.of(Role.REVIEWER));

    @Deployment
    static EnterpriseArchive deployment() {
        return TestDeployments.withTests(PortalRulesIT.class);
    }

    @EJB
    TargetedReviews reviews;

    @EJB
    PortalIntake portalIntake;

    @EJB
    ReferenceImport referenceImport;

    @EJB
    ParticipationDirectory directory;

    @PersistenceContext(unitName = "reviewdesk")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    void aKnownClinicianPrePopulatesTheDetailsAndAnUnknownOneIsNoObstacle() {
        TargetedReviewRequest draft = reviews.startDraft(PAT);

        assertTrue(reviews.identify(
                draft.id(), PAT, draft.version(), ApplicationType.INDIVIDUAL, VALERIE_SHEA, null, "APPLICATION"));
        TargetedReviewRequest known = reviews.find(draft.id(), PAT);
        assertEquals("Valerie Shea", known.partyName());
        assertEquals("Doctor of Medicine", known.clinicianType());
        assertEquals(
                List.of("Pfeffer Group", "Riverside Family Medicine"),
                reviews.lookUp(known).orElseThrow().practices().stream()
                        .map(p -> p.legalName())
                        .toList());

        assertFalse(reviews.identify(
                draft.id(), PAT, known.version(), ApplicationType.INDIVIDUAL, "1234567893", null, "APPLICATION"));
        TargetedReviewRequest unknown = reviews.find(draft.id(), PAT);
        assertEquals("1234567893", unknown.npi());
        assertEquals(null, unknown.partyName());
    }

    @Test
    void requestsAreNumberedInTurnWithinTheirPerformanceYear() {
        TargetedReviewRequest first = reviews.startDraft(PAT);
        TargetedReviewRequest second = reviews.startDraft(SAM);

        assertEquals(first.performanceYear(), second.performanceYear());
        assertEquals(first.number() + 1, second.number());
        assertEquals(first.performanceYear() + " TARGETED REVIEW ID: " + first.number(), first.displayId());
    }

    @Test
    void anotherSubmitterCannotSeeARequestUnlessItIsSharedWithThem() {
        TargetedReviewRequest draft = reviews.startDraft(PAT);

        assertThrows(RequestNotFound.class, () -> reviews.find(draft.id(), SAM));
        assertTrue(reviews.visibleTo(SAM).stream().noneMatch(r -> r.id().equals(draft.id())));
        // DESIGN §7: a draft is its submitter's alone until it is certified; staff see requests once they are filed.
        assertThrows(RequestNotFound.class, () -> reviews.find(draft.id(), RILEY), "review staff never see a draft");

        reviews.saveStep(
                draft.id(), PAT, draft.version(), "access", new DraftChange.Access(List.of("Sam.Second@example.org")));

        assertEquals(draft.id(), reviews.find(draft.id(), SAM).id());
        assertTrue(reviews.visibleTo(SAM).stream().anyMatch(r -> r.id().equals(draft.id())));
        InvalidInput refusal = assertThrows(InvalidInput.class, () -> reviews.rename(draft.id(), SAM, "Mine now"));
        assertTrue(refusal.getMessage().contains("Only the submitter"), refusal.getMessage());
        assertThrows(RequestNotFound.class, () -> reviews.find(Long.MAX_VALUE, PAT));
    }

    @Test
    void aCompleteRequestIsSubmittedCertifiedAndConfirmedByMailThenWithdrawnForGood() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(
                Integer.parseInt(System.getenv("REVIEWDESK_SMTP_PORT")), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            TargetedReviewRequest complete = completeDraft();
            portalIntake.certifyAndSend(complete.id(), PAT, complete.version());
            TargetedReviewRequest submitted = Eventually.await(
                    "intake to submit the request",
                    () -> reviews.find(complete.id(), PAT),
                    r -> r.status() == RequestStatus.SUBMITTED_IN_REVIEW);

            assertEquals(RequestStatus.SUBMITTED_IN_REVIEW, submitted.status());
            assertEquals("submitter", submitted.certification().certifiedBy());
            assertTrue(submitted.certification().disclosureText().startsWith("General Notice"));

            // Mail of other tests may still be retrying towards this port; only this request's mail counts.
            String received = Notifications.subjectTag(submitted.id()) + " " + submitted.displayId() + " received";
            List<MimeMessage> mail = Eventually.await(
                    "the confirmation e-mails", () -> Mailboxes.withSubject(smtp, received), m -> m.size() == 2);
            assertEquals(
                    List.of("office@example.org", "pat.submitter@example.org"),
                    Arrays.stream(mail.getFirst().getAllRecipients())
                            .map(Address::toString)
                            .sorted()
                            .toList());
            assertTrue(String.valueOf(mail.getFirst().getContent()).contains("request.xhtml?id=" + submitted.id()));

            reviews.withdraw(submitted.id(), PAT);
            TargetedReviewRequest withdrawn = reviews.find(submitted.id(), PAT);
            assertEquals(RequestStatus.WITHDRAWN, withdrawn.status());
            String withdrawnSubject =
                    Notifications.subjectTag(submitted.id()) + " " + submitted.displayId() + " withdrawn";
            Eventually.await(
                    "the withdrawal e-mails", () -> Mailboxes.withSubject(smtp, withdrawnSubject), m -> m.size() == 2);
            assertThrows(InvalidInput.class, () -> reviews.withdraw(submitted.id(), PAT));
            assertThrows(InvalidInput.class, () -> reviews.rename(submitted.id(), PAT, "Too late"));
        } finally {
            smtp.stop();
        }
    }

    @Test
    void submittingAfterTheWindowClosedIsRefusedWithTheDatesAndTheDraftIsKept() throws Exception {
        transaction.begin();
        TargetedReviewRequest old = new TargetedReviewRequest(
                "submitter", 2020, 900_000 + (int) (System.nanoTime() % 99_999), Instant.now());
        em.persist(old);
        transaction.commit();
        long id = old.id();
        TargetedReviewRequest draft = reviews.find(id, PAT);
        fillIn(draft);
        TargetedReviewRequest complete = reviews.find(id, PAT);
        assertEquals(RequestStatus.DRAFT_COMPLETE, complete.status());

        InvalidInput refusal =
                assertThrows(InvalidInput.class, () -> portalIntake.certifyAndSend(id, PAT, complete.version()));

        assertTrue(refusal.getMessage().contains("closed on November 29, 2021 at 8 PM ET"), refusal.getMessage());
        assertEquals(RequestStatus.DRAFT_COMPLETE, reviews.find(id, PAT).status());
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefusedAndOverwritesNothing() {
        TargetedReviewRequest draft = reviews.startDraft(PAT);
        long opened = draft.version();
        reviews.saveStep(
                draft.id(),
                PAT,
                opened,
                "categories",
                new DraftChange.Categories(EnumSet.of(PerformanceCategory.COST)));

        InvalidInput refusal = assertThrows(
                InvalidInput.class,
                () -> reviews.saveStep(
                        draft.id(),
                        PAT,
                        opened,
                        "categories",
                        new DraftChange.Categories(EnumSet.of(PerformanceCategory.QUALITY))));

        assertTrue(refusal.getMessage().contains("changed in another window"), refusal.getMessage());
        assertEquals(
                Set.of(PerformanceCategory.COST), reviews.find(draft.id(), PAT).categories());
    }

    @Test
    void aStepKeepsEveryFieldTheRequestAcceptsAndNamesEachOneItRefuses() {
        TargetedReviewRequest draft = reviews.startDraft(PAT);

        List<FieldError> refused = reviews.saveStep(
                draft.id(),
                PAT,
                draft.version(),
                "submitter",
                new DraftChange.Contact(
                        "866-288-8292", null, "not an address", Relationship.OTHER, "Office manager\u0000"));

        assertEquals(
                List.of("Email", "Describe your relationship"),
                refused.stream().map(FieldError::field).toList());
        assertTrue(
                refused.get(1).message().contains("control character (NUL)"),
                refused.get(1).message());
        TargetedReviewRequest saved = reviews.find(draft.id(), PAT);
        assertEquals("+18662888292", saved.contactPhone(), "the valid phone number is kept");
        assertEquals(null, saved.relationship(), "a refused field is left as it was");
        assertEquals("submitter", saved.lastStep());
    }

    @Test
    void controlCharactersAndOverLongValuesAreRefusedOnEveryFormWithTheFieldNamed() {
        TargetedReviewRequest draft = reviews.startDraft(PAT);

        InvalidInput title =
                assertThrows(InvalidInput.class, () -> reviews.rename(draft.id(), PAT, "Shea\u0001 hardship"));
        assertEquals("Title", title.errors().getFirst().field());
        List<FieldError> issue = reviews.saveStep(
                draft.id(),
                PAT,
                reviews.find(draft.id(), PAT).version(),
                "issue",
                new DraftChange.Issue(EnumSet.of(IssueType.GENERAL), "Line one\nline two\u0000"));
        assertEquals("Detailed Explanation", issue.getFirst().field());
        assertEquals(
                Set.of(IssueType.GENERAL),
                reviews.find(draft.id(), PAT).issueTypes(),
                "the issue types beside it are kept");
        InvalidInput longName =
                assertThrows(InvalidInput.class, () -> reviews.rename(draft.id(), PAT, "x".repeat(101)));
        assertTrue(
                longName.getMessage().startsWith("Title: It is 101 characters long; keep it to at most 100"),
                longName.getMessage());
        InvalidInput narrative = assertThrows(
                InvalidInput.class,
                () -> new Decision(
                        DecisionReason.values()[0], "Approved\u000bfor the corrected TIN", "reviewer", Instant.now()));
        assertEquals(Decision.NARRATIVE, narrative.errors().getFirst().field());
    }

    @Test
    void aCsvImportKeepsGoodRowsAndReportsEachBadRowByLine() {
        String csv = """
                npi,name,clinician_type
                1987654328,Ines Fairweather,Doctor of Medicine
                1987654320,Bad Checkdigit,Doctor of Medicine
                1456789019,,Nurse Practitioner
                2000000002,Only Two Columns
                2000000002,Quinn Abbott,Physician Assistant
                """;

        ImportReport report = referenceImport.importCsv(
                ReferenceKind.CLINICIANS, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertEquals(2, report.imported());
        assertEquals(
                List.of(3L, 4L, 5L),
                report.problems().stream().map(ImportReport.RowProblem::line).toList());
        assertTrue(
                report.problems().get(0).message().contains("check digit"),
                report.problems().get(0).message());
        assertTrue(
                report.problems().get(1).message().contains("name"),
                report.problems().get(1).message());
        assertTrue(
                report.problems().get(2).message().contains("expected 3"),
                report.problems().get(2).message());
        assertEquals(
                "Ines Fairweather",
                directory.clinician("1987654328").orElseThrow().name());
        assertEquals(
                "Quinn Abbott", directory.clinician("2000000002").orElseThrow().name());

        InvalidInput wrongFile = assertThrows(
                InvalidInput.class,
                () -> referenceImport.importCsv(
                        ReferenceKind.PRACTICES, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
        assertTrue(wrongFile.getMessage().contains("tin,legal_name"), wrongFile.getMessage());
    }

    private TargetedReviewRequest completeDraft() {
        TargetedReviewRequest draft = reviews.startDraft(PAT);
        fillIn(draft);
        return reviews.find(draft.id(), PAT);
    }

    private void fillIn(TargetedReviewRequest draft) {
        long id = draft.id();
        reviews.identify(id, PAT, draft.version(), ApplicationType.INDIVIDUAL, VALERIE_SHEA, null, "APPLICATION");
        for (DraftChange step : List.of(
                new DraftChange.Details(DraftChange.PracticeChoice.listed("123459403", "Pfeffer Group"), null),
                new DraftChange.Contact(
                        "866-288-8292", "", "pat.submitter@example.org", Relationship.PHYSICIAN_STAFF, null),
                new DraftChange.Access(List.of("office@example.org")),
                new DraftChange.Categories(EnumSet.of(PerformanceCategory.QUALITY, PerformanceCategory.COST)),
                new DraftChange.Issue(
                        EnumSet.of(IssueType.SUBMISSION), "Our vendor submitted our data under the wrong TIN."))) {
            assertEquals(
                    List.of(), reviews.saveStep(id, PAT, reviews.find(id, PAT).version(), "issue", step));
        }
    }
}
