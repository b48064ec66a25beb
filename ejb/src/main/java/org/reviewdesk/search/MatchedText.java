package org.reviewdesk.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A passage of a case as plain text, with where the matching words are in it. It holds no markup:
 * the screen marks the ranges itself and escapes every character of the text, so nothing a
 * document says can ever become markup or script on the page.
 *
 * @param text   the passage as it reads, with "… " before and " …" after where it was cut
 * @param ranges the matching words in it, in order, none overlapping another
 */
public record MatchedText(String text, List<Range> ranges) {

    public MatchedText {
        if (text == null || ranges == null) {
            throw new IllegalArgumentException("A passage needs its text and its ranges (none is an empty list)");
        }
        ranges = List.copyOf(ranges);
        int previousEnd = 0;
        for (Range range : ranges) {
            if (range.start() < previousEnd || range.end() > text.length()) {
                throw new IllegalArgumentException("Ranges must lie inside the text of " + text.length()
                        + " characters, in order and not overlapping: " + ranges);
            }
            previousEnd = range.end();
        }
    }

    /** The text cut into pieces, each matching or not, in order; together they are the whole text. */
    public List<Segment> segments() {
        List<Segment> segments = new ArrayList<>(2 * ranges.size() + 1);
        int position = 0;
        for (Range range : ranges) {
            if (range.start() > position) {
                segments.add(new Segment(text.substring(position, range.start()), false));
            }
            segments.add(new Segment(text.substring(range.start(), range.end()), true));
            position = range.end();
        }
        if (position < text.length()) {
            segments.add(new Segment(text.substring(position), false));
        }
        return segments;
    }

    /**
     * The characters of one matching word or phrase.
     *
     * @param start the offset of its first character in the passage's text
     * @param end   the offset just after its last character; more than {@code start}
     */
    public record Range(int start, int end) {

        public Range {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException(
                        "A range starts at 0 or later and ends after it starts: " + start + ".." + end);
            }
        }
    }

    /**
     * A piece of the passage as the screen shows it.
     *
     * @param matched whether it is a matching word, marked on the screen
     */
    public record Segment(String text, boolean matched) {}
}
