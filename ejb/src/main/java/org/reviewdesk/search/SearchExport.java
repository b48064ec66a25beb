package org.reviewdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.reviewdesk.configuration.EasternTime;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.CaseHistory;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.review.CaseSummary;

/**
 * A result list as CSV (RFC 4180 through Commons CSV, UTF-8 with a byte-order mark so spreadsheet
 * programs read the accents right). A group's TIN is masked as everywhere outside the screens; a cell that a
 * spreadsheet would run as a formula is defused with a leading apostrophe.
 */
public final class SearchExport {

    /** The most rows one export holds. */
    public static final int MAX_ROWS = 10_000;

    private static final List<String> HEADER = List.of(
            "Request ID",
            "Performance year",
            "Number",
            "Title",
            "Status",
            "Application type",
            "Identifier",
            "Name",
            "Issue types",
            "Reviewer",
            "Submitted",
            "Documentation due");

    private SearchExport() {}

    /** @param reviewerNames the display name of a reviewer by user name */
    public static byte[] csv(List<CaseSummary> cases, Function<String, String> reviewerNames) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            printer.printRecord(HEADER);
            for (CaseSummary summary : cases) {
                ApplicationType type = summary.applicationType();
                printer.printRecord(Stream.of(
                                summary.displayId(),
                                String.valueOf(summary.performanceYear()),
                                String.valueOf(summary.number()),
                                nullToEmpty(summary.title()),
                                summary.status().label(),
                                type == null ? "" : type.label(),
                                summary.shownIdentifier(),
                                nullToEmpty(summary.partyName()),
                                summary.issueTypes().stream()
                                        .map(IssueType::label)
                                        .sorted()
                                        .collect(Collectors.joining("; ")),
                                summary.assignedReviewer() == null
                                        ? CaseHistory.UNASSIGNED
                                        : reviewerNames.apply(summary.assignedReviewer()),
                                summary.submittedAt() == null ? "" : EasternTime.dayAndTime(summary.submittedAt()),
                                summary.documentationDueAt() == null
                                        ? ""
                                        : EasternTime.dayAndTime(summary.documentationDueAt()))
                        .map(SearchExport::cell));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot happen: the CSV is written to memory", e);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The value, defused with a leading apostrophe if a spreadsheet would run it as a formula; the printer quotes it. */
    public static String cell(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
