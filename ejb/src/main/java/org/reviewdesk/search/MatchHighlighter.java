package org.reviewdesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Shows why a case matched: the passages around the matching words, each named by the part of the
 * case it is in (the explanation, a comment by someone, a file). Parts of one kind are the values
 * of one field; a passage's place among them says which part it is from.
 */
final class MatchHighlighter extends UnifiedHighlighter {

    /** The places a match is shown from, in the order they are shown. */
    private static final List<String> PUBLIC_FIELDS = List.of(
            CaseFields.EXPLANATION,
            CaseFields.TITLE,
            CaseFields.NAME,
            CaseFields.DECISION,
            CaseFields.COMMENT,
            CaseFields.FILE,
            CaseFields.FILE_NAME);

    private static final List<String> STAFF_FIELDS =
            List.of(CaseFields.NOTE, CaseFields.NOTE_FILE, CaseFields.NOTE_FILE_NAME);
    private static final Map<String, String> PLACES = Map.of(
            CaseFields.EXPLANATION,
            "Explanation",
            CaseFields.TITLE,
            "Title",
            CaseFields.NAME,
            "Name",
            CaseFields.DECISION,
            "Decision narrative");
    private static final int PASSAGES_PER_FIELD = 2;
    private static final int MATCHES_PER_CASE = 4;
    /** Context shown on each side of the first matching word of a long passage. */
    private static final int CONTEXT = 110;
    /** Far more than any case's text; the highlighter would otherwise look only at the first 10,000 characters. */
    private static final int MAX_LENGTH = 50_000_000;

    private MatchHighlighter(IndexSearcher searcher) {
        super(UnifiedHighlighter.builder(searcher, CaseAnalysis.QUERY)
                .withMaxLength(MAX_LENGTH)
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true)
                .withFormatter(new Snippets()));
    }

    /** For each of the documents, its matches, best place first. */
    static List<List<SearchHit.Match>> matches(IndexSearcher searcher, Query query, int[] docIds, boolean staff)
            throws IOException {
        List<String> fields = new ArrayList<>(PUBLIC_FIELDS);
        if (staff) {
            fields.addAll(STAFF_FIELDS);
        }
        int[] maxPassages = new int[fields.size()];
        Arrays.fill(maxPassages, PASSAGES_PER_FIELD);
        Map<String, Object[]> highlighted = new MatchHighlighter(searcher)
                .highlightFieldsAsObjects(fields.toArray(String[]::new), query, docIds, maxPassages);
        List<List<SearchHit.Match>> all = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            List<SearchHit.Match> matches = new ArrayList<>();
            Document stored = null;
            for (String field : fields) {
                Object found = highlighted.get(field)[i];
                if (!(found instanceof List<?> snippets) || snippets.isEmpty()) {
                    continue;
                }
                if (stored == null) {
                    stored = searcher.storedFields().document(docIds[i], labelFields(fields));
                }
                for (Object snippet : snippets) {
                    if (matches.size() < MATCHES_PER_CASE) {
                        matches.add(name((Snippet) snippet, field, stored));
                    }
                }
            }
            all.add(matches);
        }
        return all;
    }

    private static Set<String> labelFields(List<String> fields) {
        Set<String> names = new HashSet<>();
        for (String field : fields) {
            names.add(CaseFields.labelField(field));
            names.add(CaseFields.sourceField(field));
        }
        names.add(CaseFields.labelField(CaseFields.FILE));
        names.add(CaseFields.sourceField(CaseFields.FILE));
        names.add(CaseFields.labelField(CaseFields.NOTE_FILE));
        names.add(CaseFields.sourceField(CaseFields.NOTE_FILE));
        return names;
    }

    private static SearchHit.Match name(Snippet snippet, String field, Document stored) {
        boolean staffOnly = STAFF_FIELDS.contains(field);
        String partField = switch (field) {
            case CaseFields.FILE_NAME -> CaseFields.FILE;
            case CaseFields.NOTE_FILE_NAME -> CaseFields.NOTE_FILE;
            default -> field;
        };
        if (PLACES.containsKey(field)) {
            return new SearchHit.Match(PLACES.get(field), snippet.text(), false, null);
        }
        IndexableField[] labels = stored.getFields(CaseFields.labelField(partField));
        IndexableField[] sources = stored.getFields(CaseFields.sourceField(partField));
        String label = snippet.value() < labels.length ? labels[snippet.value()].stringValue() : "";
        Long source = snippet.value() < sources.length
                ? sources[snippet.value()].numericValue().longValue()
                : null;
        return switch (partField) {
            case CaseFields.FILE -> new SearchHit.Match("File " + label, snippet.text(), false, source);
            case CaseFields.NOTE_FILE ->
                new SearchHit.Match("File " + label + " on an internal note", snippet.text(), true, source);
            default -> new SearchHit.Match(label, snippet.text(), staffOnly, null);
        };
    }

    /** A passage, and which value of its field it is in. */
    record Snippet(int value, MatchedText text) {}

    /**
     * Formats passages as plain text with the ranges of their matching words, cut to a readable
     * length around the first match; the screen marks the ranges and escapes the text.
     */
    private static final class Snippets extends PassageFormatter {

        @Override
        public Object format(Passage[] passages, String content) {
            List<Snippet> snippets = new ArrayList<>(passages.length);
            for (Passage passage : passages) {
                if (passage.getNumMatches() > 0) {
                    snippets.add(new Snippet(valueIndex(content, passage.getStartOffset()), text(passage, content)));
                }
            }
            return snippets;
        }

        private static MatchedText text(Passage passage, String content) {
            int start = Math.max(passage.getStartOffset(), passage.getMatchStarts()[0] - CONTEXT);
            int end = Math.min(passage.getEndOffset(), passage.getMatchEnds()[0] + CONTEXT);
            StringBuilder text = new StringBuilder();
            List<int[]> ranges = new ArrayList<>();
            if (start > passage.getStartOffset()) {
                text.append("… ");
            }
            int position = start;
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int matchStart = passage.getMatchStarts()[i];
                int matchEnd = passage.getMatchEnds()[i];
                if (matchStart < position || matchEnd > end) {
                    continue;
                }
                plain(text, content, position, matchStart);
                int rangeStart = text.length();
                plain(text, content, matchStart, matchEnd);
                ranges.add(new int[] {rangeStart, text.length()});
                position = matchEnd;
            }
            plain(text, content, position, end);
            if (end < passage.getEndOffset()) {
                text.append(" …");
            }
            return stripped(text.toString(), ranges);
        }

        /** The text without white space at either end, its ranges moved with it. */
        private static MatchedText stripped(String text, List<int[]> ranges) {
            String strippedText = text.strip();
            int cut = text.length() - text.stripLeading().length();
            List<MatchedText.Range> moved = new ArrayList<>(ranges.size());
            for (int[] range : ranges) {
                int start = Math.max(range[0] - cut, 0);
                int end = Math.min(range[1] - cut, strippedText.length());
                if (end > start) {
                    moved.add(new MatchedText.Range(start, end));
                }
            }
            return new MatchedText(strippedText, moved);
        }

        private static int valueIndex(String content, int offset) {
            int index = 0;
            for (int i = 0; i < offset; i++) {
                if (content.charAt(i) == CaseFields.VALUE_SEPARATOR) {
                    index++;
                }
            }
            return index;
        }

        /** The content's characters as one line: breaks, tabs and the separator of values become spaces. */
        private static void plain(StringBuilder text, String content, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = content.charAt(i);
                switch (c) {
                    case '\n', '\r', '\t', CaseFields.VALUE_SEPARATOR -> text.append(' ');
                    default -> text.append(c);
                }
            }
        }
    }
}
