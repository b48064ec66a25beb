package org.reviewdesk.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code docs/benchmarks.md}, which keeps every measurement made so far: a benchmark adds its rows at the end of the
 * table under its own section heading. The file is the working copy's, named by the build; without it nothing is written.
 */
public final class BenchmarksFile {

    private BenchmarksFile() {}

    public static void addRows(String sectionHeading, List<String> rows) {
        String file = System.getProperty("reviewdesk.reliability.benchmarks-file");
        if (file == null || file.isBlank() || rows.isEmpty()) {
            return;
        }
        Path benchmarks = Path.of(file);
        try {
            if (!Files.exists(benchmarks)) {
                throw new IllegalStateException(benchmarks + " is missing; it holds the tables the rows are added to");
            }
            List<String> lines = new ArrayList<>(Files.readAllLines(benchmarks));
            int section = lines.indexOf(sectionHeading);
            if (section < 0) {
                throw new IllegalStateException(
                        benchmarks + " has no section \"" + sectionHeading + "\" for these rows");
            }
            int lastRow = -1;
            for (int i = section + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
                if (lines.get(i).startsWith("|")) {
                    lastRow = i;
                }
            }
            if (lastRow < 0) {
                throw new IllegalStateException(
                        "The section \"" + sectionHeading + "\" of " + benchmarks + " has no table");
            }
            lines.addAll(lastRow + 1, rows);
            Files.write(benchmarks, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
