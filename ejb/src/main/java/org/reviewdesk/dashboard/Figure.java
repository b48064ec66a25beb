package org.reviewdesk.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.reviewdesk.search.SearchExport;

/**
 * One chart of the supervisor's dashboard with the numbers behind it: the same rows make the
 * bars, the accessible table beside them and the CSV download.
 *
 * @param id        a short name for element IDs and the download's file name ({@code open-by-reviewer})
 * @param title     what the chart shows, as its heading
 * @param rowHeader what the rows are ("Reviewer", "Week")
 * @param series    the name of each number of a row ("Open cases"; "Received", "Decided")
 */
public record Figure(String id, String title, String rowHeader, List<String> series, List<FigureRow> rows) {

    public Figure {
        series = List.copyOf(series);
        rows = List.copyOf(rows);
        for (FigureRow row : rows) {
            if (row.tallies().size() != series.size()) {
                throw new IllegalArgumentException(title + ": row " + row.label() + " has "
                        + row.tallies().size() + " numbers for " + series.size() + " series");
            }
        }
    }

    /** The numbers of one series, in row order. */
    public List<Long> counts(int seriesIndex) {
        return rows.stream().map(row -> row.tallies().get(seriesIndex).count()).toList();
    }

    public List<String> labels() {
        return rows.stream().map(FigureRow::label).toList();
    }

    public boolean isEmpty() {
        return rows.stream().allMatch(row -> row.tallies().stream().allMatch(tally -> tally.count() == 0));
    }

    /** The table as RFC 4180 CSV, UTF-8 with a byte-order mark, cells defused as in the search export. */
    public byte[] csv() {
        StringBuilder csv = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>(series.size() + 1);
            header.add(rowHeader);
            header.addAll(series);
            printer.printRecord(header.stream().map(SearchExport::cell));
            for (FigureRow row : rows) {
                List<String> record = new ArrayList<>(series.size() + 1);
                record.add(SearchExport.cell(row.label()));
                row.tallies().forEach(tally -> record.add(String.valueOf(tally.count())));
                printer.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot happen: the CSV is written to memory", e);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
