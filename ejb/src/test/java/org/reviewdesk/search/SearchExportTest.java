package org.reviewdesk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.review.CaseSummary;

class SearchExportTest {

    @Test
    void aResultListBecomesOneCsvRowPerCaseWithGroupTinsMasked() {
        CaseSummary group = new CaseSummary(
                7,
                2025,
                17,
                "Scores, \"revisited\"",
                "Pfeffer Group",
                ApplicationType.GROUP,
                "123459403",
                RequestStatus.SUBMITTED_IN_REVIEW,
                "dana",
                Instant.parse("2026-03-02T15:00:00Z"),
                null,
                null,
                EnumSet.of(IssueType.GENERAL, IssueType.SUBMISSION),
                3);
        String csv = new String(
                SearchExport.csv(List.of(group), Map.of("dana", "Dana Reviewer")::get), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertEquals('\uFEFF', csv.charAt(0), "a byte-order mark, so spreadsheets read UTF-8");
        assertTrue(
                lines[0].endsWith(
                        "Request ID,Performance year,Number,Title,Status,Application type,Identifier,Name,Issue types,Reviewer,Submitted,Documentation due"));
        assertEquals(
                "2025 TARGETED REVIEW ID: 17,2025,17,\"Scores, \"\"revisited\"\"\",Submitted – In Review,Group,*****9403,Pfeffer Group,"
                        + "General Issues; Submission,Dana Reviewer,\"March 2, 2026 10:00 AM ET\",",
                lines[1]);
        assertEquals(2, lines.length);
    }

    @Test
    void whatASpreadsheetReadsBackIsWhatWasFoundWithFormulasDefused() throws java.io.IOException {
        String title = "Line one\nline \"two\", with a comma;\r\nand #3";
        CaseSummary tricky = new CaseSummary(
                8,
                2025,
                18,
                title,
                "=HYPERLINK(\"http://x\")",
                ApplicationType.INDIVIDUAL,
                "1158813992",
                RequestStatus.SUBMITTED_IN_REVIEW,
                null,
                null,
                null,
                null,
                EnumSet.of(IssueType.GENERAL),
                1);
        String csv = new String(SearchExport.csv(List.of(tricky), name -> name), StandardCharsets.UTF_8).substring(1);
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.RFC4180
                .parse(new java.io.StringReader(csv))
                .getRecords();
        assertEquals(2, rows.size());
        assertEquals(title, rows.get(1).get(3));
        assertEquals("'=HYPERLINK(\"http://x\")", rows.get(1).get(7));
        assertEquals("1158813992", rows.get(1).get(6), "an individual's NPI is not masked");
        assertEquals("Unassigned", rows.get(1).get(9));
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertEquals(
                "'=HYPERLINK(\"x\")",
                SearchExport.cell("=HYPERLINK(\"x\")").replace("\"\"", "\"").replaceAll("^\"|\"$", ""));
        assertEquals("'+1", SearchExport.cell("+1"));
        assertEquals("'@SUM(A1)", SearchExport.cell("@SUM(A1)"));
        assertEquals("plain", SearchExport.cell("plain"));
    }
}
