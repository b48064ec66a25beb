package org.reviewdesk.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewdesk.review.CaseQueue;

class FigureTest {

    private static final Drill QUEUE = Drill.toQueue(CaseQueue.ALL_OPEN, "dana");

    @Test
    void theCsvHasTheTableOfTheChartWithAHeaderRow() {
        Figure weeks = new Figure(
                "by-week",
                "Requests received and decided per week",
                "Week",
                List.of("Received", "Decided"),
                List.of(
                        new FigureRow("Week of Nov 23, 2026", List.of(new Tally(4, QUEUE), new Tally(1, QUEUE))),
                        new FigureRow("Week of Nov 30, 2026", List.of(new Tally(0, QUEUE), new Tally(2, QUEUE)))));
        assertEquals(
                "\uFEFFWeek,Received,Decided\r\n\"Week of Nov 23, 2026\",4,1\r\n\"Week of Nov 30, 2026\",0,2\r\n",
                new String(weeks.csv(), StandardCharsets.UTF_8));
        assertEquals(List.of(1L, 2L), weeks.counts(1));
    }

    @Test
    void aLabelASpreadsheetWouldRunIsDefused() {
        Figure open = new Figure(
                "open-by-reviewer",
                "Open cases per reviewer",
                "Reviewer",
                List.of("Open cases"),
                List.of(new FigureRow("=HYPERLINK(\"x\")", List.of(new Tally(3, QUEUE)))));
        assertTrue(new String(open.csv(), StandardCharsets.UTF_8).contains("\"'=HYPERLINK(\"\"x\"\")\",3"));
    }

    @Test
    void aRowNeedsANumberForEverySeries() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> new Figure(
                        "outcomes",
                        "Outcomes",
                        "Year",
                        List.of("Approved", "Denied"),
                        List.of(new FigureRow("PY2025", List.of(new Tally(1, QUEUE))))));
        assertEquals("Outcomes: row PY2025 has 1 numbers for 2 series", refused.getMessage());
    }

    @Test
    void aFigureOfZerosIsEmpty() {
        assertTrue(new Figure(
                        "aging",
                        "Age",
                        "Submitted",
                        List.of("Open cases"),
                        List.of(new FigureRow("Under 1 week", List.of(new Tally(0, QUEUE)))))
                .isEmpty());
        assertFalse(new Figure(
                        "aging",
                        "Age",
                        "Submitted",
                        List.of("Open cases"),
                        List.of(new FigureRow("Under 1 week", List.of(new Tally(2, QUEUE)))))
                .isEmpty());
    }

    @Test
    void aDrillOpensAQueueOrASearchNotBoth() {
        assertThrows(IllegalArgumentException.class, () -> new Drill(CaseQueue.ALL_OPEN, null, "status:denied"));
        assertThrows(IllegalArgumentException.class, () -> new Drill(null, null, null));
    }
}
