package org.reviewdesk.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.reviewdesk.intake.IntakeMessage.AttachmentReference;
import org.reviewdesk.intake.IntakeMessage.Practice;
import org.reviewdesk.intake.IntakeMessage.Source;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.Disclosure;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;
import org.reviewdesk.request.PhoneNumber;
import org.reviewdesk.request.Relationship;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.request.SubmissionWindow;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.validation.FieldError;
import org.reviewdesk.validation.InvalidInput;

class IntakeMessageTest {

    private static final String EXAMPLE = "/intake/example-v1.json";
    private static final Path DOCUMENTATION = Path.of("../docs/intake.md");

    private static final String VALERIE_SHEA_NPI = "1158813992";
    private static final String PFEFFER_GROUP_TIN = "123459403";
    private static final SubmissionWindow PY2020 = SubmissionWindow.releasedOn(2020, LocalDate.of(2021, 8, 2));
    private static final Instant CERTIFIED = Instant.parse("2021-09-01T14:00:00Z");

    // ---- the documented example

    @Test
    void theDocumentedExampleReadsAsAnIndividualRequestWithEveryField() {
        IntakeMessage message = IntakeMessage.parse(example());

        assertEquals("acme-ehr:tr-2020-000417", message.requestKey());
        assertEquals(Source.API, message.source());
        assertEquals(2020, message.performanceYear());
        assertEquals(ApplicationType.INDIVIDUAL, message.applicationType());
        assertEquals(VALERIE_SHEA_NPI, message.identifier());
        assertEquals(Practice.listed(PFEFFER_GROUP_TIN, "Pfeffer Group"), message.practice());
        assertEquals("CS0606124", message.serviceDeskTicket());
        assertEquals(
                new IntakeMessage.Submitter(
                        "Jordan Ellis",
                        "866-288-8292",
                        "12",
                        "jordan.ellis@acme-ehr.example.org",
                        Relationship.EHR_VENDOR,
                        null),
                message.submitter());
        assertEquals(List.of("office@pfeffer.example.org", "billing@pfeffer.example.org"), message.additionalAccess());
        assertEquals(
                EnumSet.of(PerformanceCategory.QUALITY, PerformanceCategory.IMPROVEMENT_ACTIVITIES),
                message.categories());
        assertEquals(Set.of(IssueType.SUBMISSION), message.issueTypes());
        assertTrue(
                message.explanation().startsWith("We submitted Dr. Shea's 2020 quality measures"),
                message.explanation());
        assertEquals(
                List.of(new AttachmentReference(
                        "c9f12763ccbfba7d0fea9d17daefd4fcdb50356492e355673a5f71894dcc833e",
                        "submission-receipt-2020.pdf")),
                message.attachments());
        assertEquals(new IntakeMessage.Certification("Jordan Ellis", CERTIFIED), message.certification());
    }

    @Test
    void theDocumentationShowsTheExampleExactly() throws IOException {
        String documentation = Files.readString(DOCUMENTATION, StandardCharsets.UTF_8);

        assertTrue(
                documentation.contains("```json\n" + example() + "```\n"),
                "docs/intake.md must show " + EXAMPLE + " verbatim in a json block; copy the file into it");
    }

    @Test
    void aMessageReadsBackEqualFromItsOwnJson() {
        IntakeMessage message = IntakeMessage.parse(example());

        String json = message.toJson();

        assertEquals(message, IntakeMessage.parse(json));
        assertEquals(json, IntakeMessage.parse(json).toJson(), "writing is stable");
    }

    @Test
    void theRestApiCertifiesAsItsClientAndChangesNothingElse() {
        IntakeMessage sent = IntakeMessage.parse(example());

        IntakeMessage certified = sent.certifiedBy("api:50");

        assertEquals("api:50", certified.certification().certifiedBy());
        assertEquals(
                sent.certification().certifiedAt(), certified.certification().certifiedAt());
        assertEquals(sent, certified.certifiedBy(sent.certification().certifiedBy()));
        assertEquals(certified, IntakeMessage.parse(certified.toJson()));
    }

    @Test
    void fieldsThisVersionDoesNotKnowAreIgnored() {
        String withMore = exampleWith(m -> m.add("priority", "high")
                .add(
                        "submitter",
                        Json.createObjectBuilder(exampleObject().getJsonObject("submitter"))
                                .add("pager", "555-0100")));

        assertEquals(IntakeMessage.parse(example()), IntakeMessage.parse(withMore));
    }

    @Test
    void optionalFieldsMayBeNullOrLeftOut() {
        String minimal = exampleWith(m -> m.addNull("title")
                .remove("serviceDeskTicket")
                .remove("additionalAccess")
                .remove("attachments")
                .add(
                        "submitter",
                        Json.createObjectBuilder()
                                .add("phone", "866-288-8292")
                                .add("email", "pat@example.org")
                                .add("relationship", "CLINICIAN")));

        IntakeMessage message = IntakeMessage.parse(minimal);

        assertNull(message.title());
        assertNull(message.serviceDeskTicket());
        assertEquals(List.of(), message.additionalAccess());
        assertEquals(List.of(), message.attachments());
        assertNull(message.submitter().extension());
    }

    // ---- messages that cannot be read

    @Test
    void malformedJsonIsRejectedSayingWhereTheParserStopped() {
        RejectedIntake rejected = assertThrows(
                RejectedIntake.class, () -> IntakeMessage.parse("{\n  \"version\": 1,\n  \"requestKey\": \n}"));

        assertTrue(
                rejected.getMessage().startsWith("The message is not valid JSON at line 4, column 1"),
                rejected.getMessage());
    }

    @Test
    void anEmptyMessageOrOneThatIsNotAnObjectIsRejected() {
        assertEquals(
                "The message is empty; send the request as one JSON object (docs/intake.md)",
                assertThrows(RejectedIntake.class, () -> IntakeMessage.parse(" \n"))
                        .getMessage());
        assertEquals(
                "The message must be one JSON object, { ... }; this one is a list",
                assertThrows(RejectedIntake.class, () -> IntakeMessage.parse("[" + example() + "]"))
                        .getMessage());
    }

    @Test
    void textAfterTheObjectIsRejectedRatherThanLost() {
        RejectedIntake rejected = assertThrows(RejectedIntake.class, () -> IntakeMessage.parse(example() + example()));

        assertTrue(
                rejected.getMessage().startsWith("The message has more after its JSON object at line 41, column 1"),
                rejected.getMessage());
    }

    @Test
    void aFieldGivenTwiceIsRejectedBecauseReadersDisagreeOnWhichCounts() {
        String twice =
                example().replace("\"source\": \"api\",", "\"source\": \"api\",\n  \"requestKey\": \"another-key\",");

        RejectedIntake rejected = assertThrows(RejectedIntake.class, () -> IntakeMessage.parse(twice));

        assertTrue(rejected.getMessage().startsWith("requestKey: appears twice"), rejected.getMessage());
    }

    @Test
    void aMessageOfAnotherVersionIsRejectedSayingWhichVersionThisServerReads() {
        RejectedIntake rejected =
                assertThrows(RejectedIntake.class, () -> IntakeMessage.parse(exampleWith(m -> m.add("version", 7))));

        assertEquals("version 7 is not supported; this server reads version 1", rejected.getMessage());
    }

    @Test
    void aMessageWithoutAVersionIsRejected() {
        RejectedIntake rejected =
                assertThrows(RejectedIntake.class, () -> IntakeMessage.parse(exampleWith(m -> m.remove("version"))));

        assertEquals("version: missing; this server reads version 1, so send \"version\": 1", rejected.getMessage());
    }

    @Test
    void aMessageWithoutARequestKeyIsRejected() {
        RejectedIntake rejected =
                assertThrows(RejectedIntake.class, () -> IntakeMessage.parse(exampleWith(m -> m.remove("requestKey"))));

        assertEquals(
                List.of("requestKey: missing; expected 1 to 100 letters, digits, '.', '_', ':' or '-'"
                        + " that identify the request in your system"),
                rejected.reasons());
    }

    @Test
    void aRequestKeyOutsideTheAllowedCharactersOrLengthIsRejected() {
        for (String key : List.of("", "key with spaces", "ticket#17", "k".repeat(101))) {
            RejectedIntake rejected = assertThrows(
                    RejectedIntake.class, () -> IntakeMessage.parse(exampleWith(m -> m.add("requestKey", key))), key);
            assertTrue(rejected.getMessage().startsWith("requestKey: \""), rejected.getMessage());
        }
        assertEquals(
                "k".repeat(100),
                IntakeMessage.parse(exampleWith(m -> m.add("requestKey", "k".repeat(100))))
                        .requestKey());
    }

    @Test
    void anUnknownCategoryIsRejectedWithTheNamesToUse() {
        RejectedIntake rejected = assertThrows(
                RejectedIntake.class,
                () -> IntakeMessage.parse(exampleWith(m -> m.add(
                        "categories", Json.createArrayBuilder().add("QUALITY").add("QUALITI")))));

        assertEquals(
                "categories[1]: \"QUALITI\" is not a performance category; use one of QUALITY, IMPROVEMENT_ACTIVITIES,"
                        + " PROMOTING_INTEROPERABILITY, COST, ADDITIONAL_AWARDED_BONUS_POINTS",
                rejected.getMessage());
    }

    @Test
    void namesAreExactSoALowerCaseNameIsRejected() {
        RejectedIntake rejected = assertThrows(
                RejectedIntake.class,
                () -> IntakeMessage.parse(exampleWith(m -> m.add("applicationType", "individual"))));

        assertTrue(
                rejected.getMessage()
                        .startsWith(
                                "applicationType: \"individual\" is not an application type; use one of INDIVIDUAL,"),
                rejected.getMessage());
    }

    @Test
    void everyProblemOfShapeIsReportedAtOnceEachUnderItsPath() {
        JsonObject example = exampleObject();
        String broken = exampleWith(m -> m.add("performanceYear", "2020")
                .add(
                        "submitter",
                        Json.createObjectBuilder(example.getJsonObject("submitter"))
                                .add("phone", 8662888292L))
                .add(
                        "attachments",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("sha256", "not-a-digest")
                                        .add("fileName", "receipt.pdf")))
                .add(
                        "certification",
                        Json.createObjectBuilder(example.getJsonObject("certification"))
                                .add("disclosureAccepted", false)));

        RejectedIntake rejected = assertThrows(RejectedIntake.class, () -> IntakeMessage.parse(broken));

        assertEquals(
                List.of(
                        "performanceYear: expected a whole number such as 2020, found the string \"2020\"",
                        "submitter.phone: expected a North American phone number such as \"866-288-8292\", found the number 8662888292",
                        "attachments[0].sha256: \"not-a-digest\" is not a SHA-256; give the 64 hexadecimal digits of the file's SHA-256",
                        "certification.disclosureAccepted: is false; a request is filed only when the person certifying it has"
                                + " accepted the disclosure, so send true once they have"),
                rejected.reasons());
    }

    @Test
    void aMissingSectionIsNamed() {
        RejectedIntake rejected = assertThrows(
                RejectedIntake.class,
                () -> IntakeMessage.parse(exampleWith(m -> m.remove("submitter").remove("certification"))));

        assertEquals(
                List.of(
                        "submitter: missing; expected an object with phone, email and relationship",
                        "certification: missing; expected an object with certifiedBy, certifiedAt and disclosureAccepted"),
                rejected.reasons());
    }

    // ---- applying a message to a draft: the portal's rules

    @Test
    void applyingTheExampleToANewDraftLeavesNothingMissingBeforeSubmission() {
        IntakeMessage message = IntakeMessage.parse(example());
        TargetedReviewRequest draft = newDraft(2020);

        message.applyTo(draft);

        assertEquals(List.of(), draft.problemsBeforeSubmission());
        assertEquals("Valerie Shea: quality submitted under the wrong TIN", draft.title());
        assertEquals(VALERIE_SHEA_NPI, draft.npi());
        assertEquals(PFEFFER_GROUP_TIN, draft.practiceTin());
        assertEquals("Pfeffer Group", draft.practiceName());
        assertEquals("CS0606124", draft.serviceDeskTicket());
        assertEquals("+18662888292", draft.contactPhone());
        assertEquals("12", draft.contactPhoneExtension());
        assertEquals(Set.of("office@pfeffer.example.org", "billing@pfeffer.example.org"), draft.additionalAccess());
        assertEquals(RequestStatus.DRAFT_IN_PROGRESS, draft.status(), "applying a message never submits");
    }

    @Test
    void theConsumerSavesAndSubmitsTheAppliedDraftWithTheMessagesCertification() {
        IntakeMessage message = IntakeMessage.parse(example());
        TargetedReviewRequest draft = newDraft(2020);
        message.applyTo(draft);
        draft.savedAt("intake", CERTIFIED);

        draft.submit(
                message.certification().certifiedBy(),
                Disclosure.TEXT,
                PY2020,
                message.certification().certifiedAt());

        assertEquals(RequestStatus.SUBMITTED_IN_REVIEW, draft.status());
        assertEquals("Jordan Ellis", draft.certification().certifiedBy());
    }

    @Test
    void aRuleBreakingNpiIsRefusedWithTheNpiMessage() {
        IntakeMessage message = IntakeMessage.parse(exampleWith(m -> m.add("identifier", "1158813993")));

        InvalidInput refused = assertThrows(InvalidInput.class, () -> message.applyTo(newDraft(2020)));

        assertEquals(
                List.of(new FieldError(
                        "Clinician NPI", "This is not a valid NPI (its check digit does not match); check each digit")),
                refused.errors());
    }

    @Test
    void everyRuleBrokenIsReportedTogether() {
        JsonObject example = exampleObject();
        IntakeMessage message = IntakeMessage.parse(exampleWith(m -> m.add("identifier", "1158813993")
                .add("serviceDeskTicket", "ticket 17")
                .add(
                        "submitter",
                        Json.createObjectBuilder(example.getJsonObject("submitter"))
                                .add("phone", "123-456-7890"))
                .add(
                        "additionalAccess",
                        Json.createArrayBuilder()
                                .add("office@pfeffer.example.org")
                                .add("not an address"))));

        InvalidInput refused = assertThrows(InvalidInput.class, () -> message.applyTo(newDraft(2020)));

        assertEquals(
                List.of(
                        "Clinician NPI",
                        "Service Desk Ticket Number",
                        "Phone number",
                        "Additional Staff Access Email(s)"),
                refused.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void onlyRequestsIdentifiedByAnNpiNameAPractice() {
        IntakeMessage message = IntakeMessage.parse(
                exampleWith(m -> m.add("applicationType", "GROUP").add("identifier", PFEFFER_GROUP_TIN)));

        InvalidInput refused = assertThrows(InvalidInput.class, () -> message.applyTo(newDraft(2020)));

        assertEquals("Group Practice Name", refused.errors().get(0).field());
        assertTrue(refused.getMessage().contains("leave practice out of a GROUP request"), refused.getMessage());
    }

    @Test
    void aPracticeNotListedIsKnownByItsTinAlone() {
        IntakeMessage message = IntakeMessage.parse(exampleWith(m -> m.add(
                "practice",
                Json.createObjectBuilder()
                        .add("tin", "98-7654321")
                        .add("name", "Not in the reference data")
                        .add("notListed", true))));
        TargetedReviewRequest draft = newDraft(2020);

        message.applyTo(draft);

        assertTrue(draft.isPracticeNotListed());
        assertEquals("987654321", draft.practiceTin());
        assertNull(draft.practiceName());
    }

    @Test
    void aMessageIsAppliedOnlyToACaseOfItsPerformanceYear() {
        IntakeMessage message = IntakeMessage.parse(example());

        InvalidInput refused = assertThrows(InvalidInput.class, () -> message.applyTo(newDraft(2021)));

        assertEquals("Performance year", refused.errors().get(0).field());
    }

    // ---- what the portal sends

    @Test
    void thePortalSendsACompleteDraftSoThatItRebuildsTheSameRequest() {
        TargetedReviewRequest original = completePortalDraft();
        List<AttachmentReference> files = List.of(new AttachmentReference("ab".repeat(32), "feedback.pdf"));

        IntakeMessage sent = IntakeMessage.fromRequest("portal:2020:17", original, files, CERTIFIED);
        IntakeMessage received = IntakeMessage.parse(sent.toJson());
        TargetedReviewRequest rebuilt = newDraft(2020);
        received.applyTo(rebuilt);

        assertEquals(sent, received);
        assertEquals(Source.PORTAL, received.source());
        assertEquals(new IntakeMessage.Certification("submitter", CERTIFIED), received.certification());
        assertEquals(files, received.attachments());
        assertEquals(List.of(), rebuilt.problemsBeforeSubmission());
        assertEquals(original.title(), rebuilt.title());
        assertEquals(original.applicationType(), rebuilt.applicationType());
        assertEquals(original.npi(), rebuilt.npi());
        assertEquals(original.practiceTin(), rebuilt.practiceTin());
        assertEquals(original.isPracticeNotListed(), rebuilt.isPracticeNotListed());
        assertEquals(original.contactPhone(), rebuilt.contactPhone());
        assertEquals(original.contactEmail(), rebuilt.contactEmail());
        assertEquals(original.relationship(), rebuilt.relationship());
        assertEquals(original.relationshipDescription(), rebuilt.relationshipDescription());
        assertEquals(original.additionalAccess(), rebuilt.additionalAccess());
        assertEquals(original.categories(), rebuilt.categories());
        assertEquals(original.issueTypes(), rebuilt.issueTypes());
        assertEquals(original.explanation(), rebuilt.explanation());
    }

    @Test
    void applyingThePortalsMessageToItsOwnDraftChangesNothing() {
        TargetedReviewRequest draft = completePortalDraft();
        draft.prePopulate("Valerie Shea", "Doctor of Medicine");

        IntakeMessage.fromRequest("portal:2020:17", draft, List.of(), CERTIFIED).applyTo(draft);

        assertEquals("Valerie Shea", draft.partyName(), "the same identifier keeps the names looked up for it");
        assertTrue(draft.isPracticeNotListed());
        assertEquals(List.of(), draft.problemsBeforeSubmission());
    }

    @Test
    void anIncompleteDraftIsNotSent() {
        TargetedReviewRequest incomplete = newDraft(2020);
        incomplete.identify(ApplicationType.INDIVIDUAL, VALERIE_SHEA_NPI);

        InvalidInput refused = assertThrows(
                InvalidInput.class, () -> IntakeMessage.fromRequest("portal:2020:1", incomplete, List.of(), CERTIFIED));

        assertEquals("Group Practice Name", refused.errors().get(0).field());
    }

    @Test
    void aRequestKeyThePortalMakesUpWrongIsAProgrammingError() {
        assertThrows(
                IllegalArgumentException.class,
                () -> IntakeMessage.fromRequest("portal 2020/17", completePortalDraft(), List.of(), CERTIFIED));
        assertFalse(IntakeMessage.REQUEST_KEY.matcher("portal 2020/17").matches());
    }

    // ---- helpers

    private static TargetedReviewRequest newDraft(int performanceYear) {
        return new TargetedReviewRequest("intake", performanceYear, 1, CERTIFIED);
    }

    /** A draft as a submitter completes it in the portal, with a practice that is not listed and an "other" relationship. */
    private static TargetedReviewRequest completePortalDraft() {
        TargetedReviewRequest draft = new TargetedReviewRequest("submitter", 2020, 17, CERTIFIED);
        draft.identify(ApplicationType.INDIVIDUAL, VALERIE_SHEA_NPI);
        draft.rename("Shea 2020");
        draft.practiceNotListed("456789123");
        draft.contact(
                PhoneNumber.parse("(866) 288-8292", "4"),
                "Pat@Example.org",
                Relationship.OTHER,
                "Practice manager's assistant");
        draft.grantAccess(List.of("office@example.org"));
        draft.affect(EnumSet.of(PerformanceCategory.COST, PerformanceCategory.QUALITY));
        draft.describeIssue(
                EnumSet.of(IssueType.GENERAL, IssueType.MEASURE_ACTIVITY),
                "Line one.\nLine two with \"quotes\" and ünïcödé.");
        return draft;
    }

    private static String example() {
        try (InputStream in = IntakeMessageTest.class.getResourceAsStream(EXAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(EXAMPLE + " cannot be read", e);
        }
    }

    private static JsonObject exampleObject() {
        return Json.createReader(new StringReader(example())).readObject();
    }

    /** The example with some fields replaced or removed. */
    private static String exampleWith(UnaryOperator<JsonObjectBuilder> change) {
        return change.apply(Json.createObjectBuilder(exampleObject())).build().toString();
    }
}
