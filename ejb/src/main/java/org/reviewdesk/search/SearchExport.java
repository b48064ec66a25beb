package org.reviewdesk.search;

import org.reviewdesk.reference.Tin;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.SubmissionWindow;
import org.reviewdesk.review.CaseSummary;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A result list as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the
 * accents right). A group's TIN is masked as everywhere outside the screens; a cell that a
 * spreadsheet would run as a formula is defused with a leading apostrophe.
 */
public final class SearchExport {

    /** The most rows one export holds. */
    public static final int MAX_ROWS = 10_000;

    private static final List<String> HEADER = List.of("Request ID", "Performance year", "Number", "Title", "Status", "Application type",
            "Identifier", "Name", "Issue types", "Reviewer", "Submitted", "Documentation due");

    private SearchExport() {
    }

    /** @param reviewerNames the display name of a reviewer by user name */
    public static byte[] csv(List<CaseSummary> cases, Function<String, String> reviewerNames) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, HEADER);
        for (CaseSummary summary : cases) {
            ApplicationType type = summary.applicationType();
            row(csv, List.of(summary.displayId(), String.valueOf(summary.performanceYear()), String.valueOf(summary.number()),
                    nullToEmpty(summary.title()), summary.status().label(), type == null ? "" : type.label(),
                    type == ApplicationType.GROUP ? Tin.mask(summary.identifier()) : nullToEmpty(summary.identifier()),
                    nullToEmpty(summary.partyName()),
                    summary.issueTypes().stream().map(IssueType::label).sorted().collect(Collectors.joining("; ")),
                    summary.assignedReviewer() == null ? "Unassigned" : reviewerNames.apply(summary.assignedReviewer()),
                    summary.submittedAt() == null ? "" : SubmissionWindow.dayAndTime(summary.submittedAt()),
                    summary.documentationDueAt() == null ? "" : SubmissionWindow.dayAndTime(summary.documentationDueAt())));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
