package org.reviewdesk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** What words of a case become terms of the index, and which terms a query looks for. */
class CaseAnalysisTest {

    @Test
    void anEmailAddressIsIndexedWholeAndByEachPart() {
        List<String> terms = terms(CaseAnalysis.INDEX, CaseFields.COMMENT, "Write to pat.quinlan@example.org today");
        assertTrue(
                terms.containsAll(List.of("pat.quinlan@example.org", "pat", "quinlan", "exampl", "org")),
                terms.toString());
        assertEquals(
                List.of("pat.quinlan@example.org"),
                terms(CaseAnalysis.QUERY, CaseFields.COMMENT, "pat.quinlan@example.org"),
                "typed whole, the address is looked for whole");
    }

    @Test
    void aWebAddressAndANamespacedNameAreIndexedWholeAndByEachPart() {
        List<String> url =
                terms(CaseAnalysis.INDEX, CaseFields.FILE, "see https://qpp.cms.gov/mips/explore; then write");
        assertTrue(
                url.containsAll(
                        List.of("https://qpp.cms.gov/mips/explor", "http", "qpp", "cm", "gov", "mip", "explor")),
                url.toString());
        List<String> namespaced = terms(CaseAnalysis.INDEX, CaseFields.FILE, "<cda:ClinicalDocument xsi:type>");
        assertTrue(
                namespaced.containsAll(List.of("cda:clinicaldocu", "cda", "clinicaldocu", "xsi:typ", "xsi", "type")),
                namespaced.toString());
        assertTrue(terms(CaseAnalysis.INDEX, CaseFields.FILE, "MIPS_APP1_GROUP")
                .containsAll(List.of("mips_app1_group", "app1", "group")));
    }

    @Test
    void thePartsStandWhereTheWordStandsSoPhrasesAcrossItStillMatch() {
        List<Integer> increments =
                increments(CaseAnalysis.INDEX, CaseFields.COMMENT, "mail pat.quinlan@example.org today");
        // mail, the address, its four parts at the address's place, today
        assertEquals(List.of(1, 1, 0, 0, 0, 0, 1), increments);
    }

    @Test
    void aFileNameIsSplitAtUnderscoresDashesAndDotsAndNotStemmed() {
        assertEquals(
                List.of("scores", "2025", "final", "v2", "pdf"),
                terms(CaseAnalysis.INDEX, CaseFields.FILE_NAME, "Scores-2025_final.v2.pdf"));
        assertEquals(
                List.of("scores", "2025", "final"),
                terms(CaseAnalysis.QUERY, CaseFields.NOTE_FILE_NAME, "scores-2025_final"));
    }

    private static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        analyse(analyzer, field, text, (term, increment) -> terms.add(term));
        return terms;
    }

    private static List<Integer> increments(Analyzer analyzer, String field, String text) {
        List<Integer> increments = new ArrayList<>();
        analyse(analyzer, field, text, (term, increment) -> increments.add(increment));
        return increments;
    }

    private interface Token {
        void of(String term, int increment);
    }

    private static void analyse(Analyzer analyzer, String field, String text, Token token) {
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                token.of(term.toString(), increment.getPositionIncrement());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
