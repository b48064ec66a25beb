package org.reviewdesk.it.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The scale benchmark's one table: every figure of a run beside its limit, under a heading that says when, on what
 * machine, database and corpus it was measured. It is printed, and written to the file the build names, replacing
 * the previous run's table in its section (the file keeps the latest run; git keeps the earlier ones).
 */
final class ScaleTable {

    static final String HEADER =
            "| figure | measured | limit it is compared with | limit measured | ratio | goal | met |";
    static final String RULE = "| --- | --- | --- | --- | ---: | --- | :---: |";

    private ScaleTable() {}

    /** The table's lines: a line of what the run was ({@code run}), a blank line, then the table. */
    static List<String> lines(String run, List<Figure> figures) {
        List<String> lines = new ArrayList<>();
        lines.add(run);
        lines.add("");
        lines.add(HEADER);
        lines.add(RULE);
        figures.forEach(figure -> lines.add(figure.row()));
        return lines;
    }

    /**
     * Replaces everything between {@code sectionHeading} and the next heading of the same level in {@code file} with
     * {@code lines}; the section must exist, so a renamed heading fails loudly instead of writing nowhere.
     */
    static void replaceSection(Path file, String sectionHeading, List<String> lines) {
        try {
            List<String> content = new ArrayList<>(Files.readAllLines(file));
            int section = content.indexOf(sectionHeading);
            if (section < 0) {
                throw new IllegalStateException(file + " has no section \"" + sectionHeading + "\" for the table");
            }
            int end = section + 1;
            while (end < content.size() && !content.get(end).startsWith("## ")) {
                end++;
            }
            List<String> replaced = new ArrayList<>(content.subList(0, section + 1));
            replaced.add("");
            replaced.addAll(lines);
            replaced.add("");
            replaced.addAll(content.subList(end, content.size()));
            Files.write(file, replaced);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
