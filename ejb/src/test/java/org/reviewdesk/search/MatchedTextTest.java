package org.reviewdesk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewdesk.search.MatchedText.Range;
import org.reviewdesk.search.MatchedText.Segment;

class MatchedTextTest {

    @Test
    void aPassageIsCutIntoItsMatchingAndOtherPiecesThatTogetherAreTheWholeText() {
        MatchedText passage =
                new MatchedText("… the quokka and the Quokka count", List.of(new Range(6, 12), new Range(21, 27)));

        assertEquals(
                List.of(
                        new Segment("… the ", false),
                        new Segment("quokka", true),
                        new Segment(" and the ", false),
                        new Segment("Quokka", true),
                        new Segment(" count", false)),
                passage.segments());
    }

    @Test
    void aMatchAtEitherEndLeavesNoEmptyPiece() {
        assertEquals(
                List.of(new Segment("quokka", true), new Segment(" and ", false), new Segment("wombat", true)),
                new MatchedText("quokka and wombat", List.of(new Range(0, 6), new Range(11, 17))).segments());
        assertEquals(List.of(new Segment("no match", false)), new MatchedText("no match", List.of()).segments());
    }

    @Test
    void markupInTheTextIsTextLikeAnyOther() {
        String text = "<script>alert(1)</script> quokka";

        assertEquals(
                List.of(new Segment("<script>alert(1)</script> ", false), new Segment("quokka", true)),
                new MatchedText(text, List.of(new Range(26, 32))).segments());
    }

    @Test
    void rangesOutsideTheTextOverlappingOrOutOfOrderAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MatchedText("short", List.of(new Range(2, 9))));
        assertThrows(
                IllegalArgumentException.class,
                () -> new MatchedText("quokka wombat", List.of(new Range(0, 6), new Range(4, 9))));
        assertThrows(
                IllegalArgumentException.class,
                () -> new MatchedText("quokka wombat", List.of(new Range(7, 13), new Range(0, 6))));
        assertThrows(IllegalArgumentException.class, () -> new Range(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> new Range(3, 3));
        assertThrows(IllegalArgumentException.class, () -> new MatchedText(null, List.of()));
    }

    @Test
    void theRangesCannotBeChangedAfterwards() {
        List<Range> ranges = new ArrayList<>(List.of(new Range(0, 6)));
        MatchedText passage = new MatchedText("quokka", ranges);
        ranges.add(new Range(0, 2));

        assertEquals(List.of(new Range(0, 6)), passage.ranges());
        assertThrows(UnsupportedOperationException.class, () -> passage.ranges().add(new Range(1, 2)));
    }
}
