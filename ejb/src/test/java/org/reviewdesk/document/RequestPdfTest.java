package org.reviewdesk.document;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;
import org.reviewdesk.configuration.EasternTime;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.Disclosure;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;
import org.reviewdesk.request.PhoneNumber;
import org.reviewdesk.request.Relationship;
import org.reviewdesk.request.SubmissionWindow;
import org.reviewdesk.request.TargetedReviewRequest;

/** Reads each rendered PDF back as text, the way a person or a screen reader would meet it. */
class RequestPdfTest {

    /** Loading Tika's parsers takes seconds; one instance serves every test. */
    private static final Tika TIKA = new Tika();

    private static final int YEAR = 2025;
    private static final SubmissionWindow WINDOW = SubmissionWindow.releasedOn(YEAR, LocalDate.of(2026, 8, 3));
    private static final Instant CREATED =
            ZonedDateTime.of(2026, 8, 20, 9, 30, 0, 0, EasternTime.ZONE).toInstant();
    private static final Instant SUBMITTED =
            ZonedDateTime.of(2026, 9, 1, 14, 5, 0, 0, EasternTime.ZONE).toInstant();
    private static final Instant GENERATED =
            ZonedDateTime.of(2026, 11, 23, 15, 4, 0, 0, EasternTime.ZONE).toInstant();

    private static final String PRACTICE_TIN = "123459403";
    private static final String EXPLANATION = """
            Our vendor submitted the quality measures under the wrong TIN.
            The feedback report shows no quality score for the clinician.

            We attach the vendor's letter confirming the error.""";

    private static final List<RequestPdf.ListedFile> FILES = List.of(
            new RequestPdf.ListedFile("vendor-letter.pdf", 2_516_582, "application/pdf", SUBMITTED.minusSeconds(3_600)),
            new RequestPdf.ListedFile(
                    "feedback report.xlsx",
                    48_000,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    SUBMITTED.minusSeconds(1_800)));

    static TargetedReviewRequest draft() {
        TargetedReviewRequest request = new TargetedReviewRequest("submitter", YEAR, 17, CREATED);
        request.identify(ApplicationType.INDIVIDUAL, "1158813992");
        request.prePopulate("Pat Quinlan", "Physician");
        request.choosePractice(PRACTICE_TIN, "Pfeffer Group");
        request.serviceDeskTicket("CS0606124");
        request.contact(PhoneNumber.parse("866-288-8292", null), "a@example.org", Relationship.CLINICIAN, null);
        request.grantAccess(List.of("office@example.org", "billing@example.org"));
        request.affect(EnumSet.of(PerformanceCategory.QUALITY, PerformanceCategory.COST));
        request.describeIssue(EnumSet.of(IssueType.SUBMISSION, IssueType.MEASURE_ACTIVITY), EXPLANATION);
        request.rename("Wrong TIN in the vendor's file");
        request.savedAt("ISSUES", CREATED);
        return request;
    }

    static TargetedReviewRequest submitted() {
        TargetedReviewRequest request = draft();
        request.submit("pat.quinlan", Disclosure.TEXT, WINDOW, SUBMITTED);
        return request;
    }

    @Test
    void theHeadingNamesTheRequestItsStatusAndItsParty() {
        String text = textOf(RequestPdf.render(submitted(), FILES));

        assertContains(text, "2025 TARGETED REVIEW ID: 17");
        assertContains(text, "Wrong TIN in the vendor's file");
        assertContains(text, "Submitted \u2013 In Review");
        assertContains(text, "Pat Quinlan (Individual)");
    }

    @Test
    void theIdentifyingInformationIsShownUnderThePortalsHeadings() {
        String text = textOf(RequestPdf.render(submitted(), FILES));

        for (String heading : List.of(
                "Application Type and Identifying Information",
                "Submission Information",
                "Submitter",
                "Additional Staff Access",
                "Performance Categories",
                "Issue Types",
                "Detailed Explanation",
                "Supporting Documentation",
                "Certification")) {
            assertContains(text, heading);
        }
        assertContains(text, "Clinician NPI 1158813992");
        assertContains(text, "Clinician Type Physician");
        assertContains(text, "Group Practice Name Pfeffer Group");
        assertContains(text, "Service Desk Ticket Number CS0606124");
    }

    @Test
    void tinsAreMaskedAndNeverShownInFull() {
        String individual = textOf(RequestPdf.render(submitted(), FILES));
        assertContains(individual, "*****9403");
        assertFalse(individual.contains(PRACTICE_TIN), "the practice TIN must not appear in full");

        TargetedReviewRequest group = new TargetedReviewRequest("submitter", YEAR, 18, CREATED);
        group.identify(ApplicationType.GROUP, "98-7654321");
        String groupText = textOf(RequestPdf.render(group, List.of()));
        assertContains(groupText, "Group TIN *****4321");
        assertFalse(groupText.contains("987654321"), "the group TIN must not appear in full");
    }

    @Test
    void theSubmitterIsShownAsPeopleWriteTheirDetails() {
        TargetedReviewRequest request = draft();
        request.contact(
                PhoneNumber.parse("(866) 288-8292", "12"),
                "a@example.org",
                Relationship.OTHER,
                "Office manager of the practice");

        String text = textOf(RequestPdf.render(request, FILES));

        assertContains(text, "866-288-8292 ext. 12");
        assertContains(text, "a@example.org");
        assertContains(text, "Relationship Other");
        assertContains(text, "Office manager of the practice");
        assertContains(text, "office@example.org");
        assertContains(text, "billing@example.org");
    }

    @Test
    void everyCategoryAndIssueTypeIsListedByItsLabel() {
        TargetedReviewRequest request = draft();
        request.affect(EnumSet.allOf(PerformanceCategory.class));
        request.describeIssue(EnumSet.allOf(IssueType.class), EXPLANATION);

        String text = textOf(RequestPdf.render(request, FILES));

        for (PerformanceCategory category : PerformanceCategory.values()) {
            assertContains(text, category.label());
        }
        for (IssueType type : IssueType.values()) {
            assertContains(text, type.label());
        }
    }

    @Test
    void theExplanationKeepsItsLineBreaks() {
        String raw = textOf(RequestPdf.render(submitted(), FILES));
        List<String> lines = raw.lines().map(String::strip).toList();

        assertTrue(lines.contains("Our vendor submitted the quality measures under the wrong TIN."), raw);
        assertTrue(lines.contains("The feedback report shows no quality score for the clinician."), raw);
        assertTrue(lines.contains("We attach the vendor's letter confirming the error."), raw);
    }

    @Test
    void supportingDocumentsAreListedWithSizeTypeAndUploadDate() {
        String text = textOf(RequestPdf.render(submitted(), FILES));

        assertContains(text, "vendor-letter.pdf 2.4 MB PDF document September 1, 2026 1:05 PM ET");
        assertContains(text, "feedback report.xlsx 47 KB Excel workbook September 1, 2026 1:35 PM ET");
    }

    @Test
    void aSubmittedRequestShowsItsCertificationAndDisclosure() {
        String text = textOf(RequestPdf.render(submitted(), FILES));

        assertContains(text, "Certified by pat.quinlan");
        assertContains(text, "Certified on September 1, 2026 2:05 PM ET");
        assertContains(text, "Submission of this Targeted Review Application is voluntary.");
        assertContains(
                text, "I am submitting this request as if I physically signed and submitted a hard copy of this form.");
        assertFalse(text.contains(RequestPdf.NOT_CERTIFIED_DRAFT));
    }

    @Test
    void aDraftSaysItIsNotCertified() {
        String text = textOf(RequestPdf.render(draft(), List.of()));

        assertContains(text, "Draft Complete");
        assertContains(text, RequestPdf.NOT_CERTIFIED_DRAFT);
        assertFalse(text.contains("Certified by"));
    }

    @Test
    void emptyValuesShowAnEmDashRatherThanNull() {
        TargetedReviewRequest untouched = new TargetedReviewRequest("submitter", YEAR, 19, CREATED);

        String text = textOf(RequestPdf.render(untouched, List.of()));

        assertContains(text, "Untitled");
        assertContains(text, "Draft in Progress");
        assertContains(text, "Application type \u2014");
        assertContains(text, "Email \u2014");
        assertFalse(text.toLowerCase().contains("null"), text);
    }

    @Test
    void datesAreShownInUsEasternTimeAndTheFooterSaysWhenTheCopyWasMade() {
        Metadata metadata = new Metadata();
        String text = textOf(RequestPdf.render(submitted(), FILES, GENERATED), metadata);

        assertContains(text, "Created August 20, 2026 9:30 AM ET");
        assertContains(text, "Submitted September 1, 2026 2:05 PM ET");
        assertContains(text, "Generated November 23, 2026 3:04 PM ET by Review Desk");
        String pages = metadata.get("xmpTPg:NPages");
        assertContains(text, "2025 TARGETED REVIEW ID: 17 \u00B7 Page 1 of " + pages);
        assertContains(text, "Page " + pages + " of " + pages);
    }

    @Test
    void aTwentyThousandCharacterExplanationRunsOverSeveralPages() {
        String ending = "and these are the very last words of the explanation.";
        StringBuilder explanation = new StringBuilder();
        int paragraph = 1;
        while (explanation.length() < TargetedReviewRequest.MAX_EXPLANATION - 400) {
            explanation
                    .append("Paragraph ")
                    .append(paragraph++)
                    .append(": the clinician's quality data was submitted by the vendor ")
                    .append("under the practice's old TIN, so the feedback report shows no quality score at all. ")
                    .append(paragraph % 5 == 0 ? "\n\n" : "");
        }
        explanation.append(ending);
        TargetedReviewRequest request = draft();
        request.describeIssue(EnumSet.of(IssueType.SUBMISSION), explanation.toString());

        Metadata metadata = new Metadata();
        String text = textOf(RequestPdf.render(request, FILES), metadata);

        assertTrue(Integer.parseInt(metadata.get("xmpTPg:NPages")) >= 5, "pages: " + metadata.get("xmpTPg:NPages"));
        assertContains(text, ending);
        assertContains(text, "Paragraph " + (paragraph - 1) + ":");
    }

    @Test
    void anExplanationWithoutSpacesIsWrappedWithoutLosingACharacter() {
        TargetedReviewRequest request = draft();
        request.describeIssue(EnumSet.of(IssueType.SUBMISSION), "x".repeat(TargetedReviewRequest.MAX_EXPLANATION));

        String text = textOf(RequestPdf.render(request, List.of()));

        int wrapped = Arrays.stream(text.split("\\s+"))
                .filter(word -> word.matches("x+"))
                .mapToInt(String::length)
                .sum();
        assertEquals(TargetedReviewRequest.MAX_EXPLANATION, wrapped);
    }

    @Test
    void textOutsideTheLatinAlphabetDoesNotStopTheRendering() {
        TargetedReviewRequest request = draft();
        request.rename("Zo\u00EB \u2013 \u65E5\u672C\u8A9E \u2013 \u2713");
        request.describeIssue(
                Set.of(IssueType.GENERAL),
                "Zo\u00EB \u2013 \u65E5\u672C\u8A9E \u2013 \u2713 \u2014 \u0416\u0443\u0440\u043D\u0430\u043B, \u20AC 12, \uD83D\uDE00, cafe\u0301\ttab");

        byte[] pdf = assertDoesNotThrow(() -> RequestPdf.render(request, FILES));

        String text = textOf(pdf);
        assertContains(text, "Zo\u00EB \u2013");
        assertContains(text, "\u0416\u0443\u0440\u043D\u0430\u043B, \u20AC 12");
        assertContains(text, "caf\u00E9 tab");
        assertContains(text, "cannot be drawn with the font of this PDF");
    }

    @Test
    void aRequestWithoutFilesSaysSo() {
        String text = textOf(RequestPdf.render(draft(), List.of()));

        assertContains(text, "Supporting Documentation \u2014");
        assertFalse(text.contains("File name"));
    }

    // ---- reading the PDF back

    private static String textOf(byte[] pdf) {
        return textOf(pdf, new Metadata());
    }

    /** The text of the PDF as Tika extracts it; the page count and content type land in the metadata. */
    private static String textOf(byte[] pdf, Metadata metadata) {
        assertTrue(pdf.length > 0);
        try {
            String text = TIKA.parseToString(new ByteArrayInputStream(pdf), metadata);
            assertEquals("application/pdf", metadata.get(Metadata.CONTENT_TYPE));
            return text;
        } catch (Exception e) {
            throw new AssertionError("The rendered PDF cannot be read back", e);
        }
    }

    /** Runs of white space count as one space, so assertions do not depend on where lines wrap. */
    private static void assertContains(String text, String expected) {
        String flattened = text.replaceAll("\\s+", " ");
        assertTrue(flattened.contains(expected), () -> "expected \"" + expected + "\" in:\n" + text);
    }
}
