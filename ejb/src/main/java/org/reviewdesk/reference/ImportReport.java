package org.reviewdesk.reference;

import java.util.List;

/**
 * The outcome of one CSV import: how many rows were kept, and each refused row with its
 * line number in the file and what is wrong with it.
 */
public record ImportReport(ReferenceKind kind, int imported, List<RowProblem> problems) {

    public record RowProblem(long line, String message) {
        @Override
        public String toString() {
            return "line " + line + ": " + message;
        }
    }

    public ImportReport {
        problems = List.copyOf(problems);
    }
}
