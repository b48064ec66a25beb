package org.reviewdesk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The passages shown for a match are the case's own text, character for character, with the matching words found. */
class MatchHighlighterTest {

    @Test
    void markupNearAMatchIsKeptAsTextAndOnlyTheMatchingWordIsARange() throws IOException {
        String explanation = "The registry's file said <script>alert(1)</script> and\n<img src=x onerror=alert(2)>"
                + " beside the quokka count.";

        SearchHit.Match match = onlyMatch(explanation);

        assertEquals("Explanation", match.where());
        assertEquals(
                "The registry's file said <script>alert(1)</script> and <img src=x onerror=alert(2)> beside the quokka count.",
                match.passage().text(),
                "line breaks read as spaces, everything else as written");
        assertEquals(List.of(new MatchedText.Segment("quokka", true)), marked(match.passage()));
    }

    @Test
    void aLongTextIsCutAroundTheFirstMatchWithAnEllipsisWhereItWasCut() throws IOException {
        String filler = "words about scores that say nothing in particular ".repeat(20);

        MatchedText passage =
                onlyMatch(filler + "the quokka & <b>count</b> " + filler).passage();

        assertTrue(passage.text().startsWith("… "), passage.text());
        assertTrue(passage.text().endsWith(" …"), passage.text());
        assertTrue(passage.text().contains("the quokka & <b>count</b>"), passage.text());
        assertEquals(List.of(new MatchedText.Segment("quokka", true)), marked(passage));
    }

    private static List<MatchedText.Segment> marked(MatchedText passage) {
        return passage.segments().stream().filter(MatchedText.Segment::matched).toList();
    }

    private static SearchHit.Match onlyMatch(String explanation) throws IOException {
        FieldType prose = new FieldType(TextField.TYPE_STORED);
        prose.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(CaseAnalysis.INDEX))) {
                Document entry = new Document();
                entry.add(new Field(CaseFields.EXPLANATION, explanation, prose));
                writer.addDocument(entry);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                List<List<SearchHit.Match>> matches = MatchHighlighter.matches(
                        new IndexSearcher(reader),
                        new TermQuery(new Term(CaseFields.EXPLANATION, "quokka")),
                        new int[] {0},
                        false);
                assertEquals(1, matches.getFirst().size(), matches.toString());
                return matches.getFirst().getFirst();
            }
        }
    }
}
