package org.reviewdesk.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * How the words of a case become index terms, and the words of a query the terms looked for.
 *
 * <p>Prose is English: stemmed, stop words dropped, as {@link EnglishAnalyzer} does. E-mail
 * addresses, web addresses and names joined by punctuation ({@code pat.quinlan@example.org},
 * {@code https://qpp.cms.gov/mips}, {@code abc:Def}, {@code MIPS_APP1_GROUP}) are indexed whole
 * <em>and</em> by each of their parts, so a person finds them by either. The parts are added only
 * when indexing: a query keeps what was typed whole, which matches the whole address, while a
 * single word typed matches a part of it.
 *
 * <p>File names are split at every character that is not a letter or a digit ({@code _}, {@code -},
 * {@code .}, spaces), on both sides, and not stemmed: {@code filename:scores_2025} finds
 * {@code scores_2025_final.pdf}, as do {@code filename:final} and the whole name.
 *
 * <p>An index written with other analysis must be rebuilt: {@link #VERSION} is kept in the index
 * and compared at start-up ({@link IndexRebuild}).
 */
final class CaseAnalysis {

    /** Raised whenever what either analyzer produces changes, so that an older index is rebuilt at start-up. */
    static final String VERSION = "2";

    /** For writing entries. */
    static final Analyzer INDEX = perField(new English(true));

    /** For reading the query box, finding similar cases and highlighting. */
    static final Analyzer QUERY = perField(new English(false));

    private CaseAnalysis() {}

    private static Analyzer perField(Analyzer prose) {
        Analyzer fileNames = new FileNames();
        return new PerFieldAnalyzerWrapper(
                prose, Map.of(CaseFields.FILE_NAME, fileNames, CaseFields.NOTE_FILE_NAME, fileNames));
    }

    private static final class English extends Analyzer {

        private static final java.util.regex.Pattern SENTENCE_PUNCTUATION =
                java.util.regex.Pattern.compile("[.,;:!?]+$");

        private final boolean withParts;

        English(boolean withParts) {
            this.withParts = withParts;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new UAX29URLEmailTokenizer();
            // The tokenizer keeps what may end a web address ("…/feedback;" at the end of a clause): the sentence's,
            // not the address's.
            TokenStream result = new PatternReplaceFilter(source, SENTENCE_PUNCTUATION, "", false);
            if (withParts) {
                result = new Parts(result);
            }
            result = new EnglishPossessiveFilter(result);
            result = new LowerCaseFilter(result);
            result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new TokenStreamComponents(source, new PorterStemFilter(result));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }

    /**
     * Adds the parts of a word joined by punctuation at the word's own position, so that a phrase
     * running across an address still matches as typed. (Lucene's {@code WordDelimiterGraphFilter}
     * puts the parts one after another, which shifts every later word of the text.)
     */
    private static final class Parts extends org.apache.lucene.analysis.TokenFilter {

        private static final java.util.regex.Pattern PUNCTUATION = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final Deque<String> pending = new ArrayDeque<>();
        private State word;

        Parts(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!pending.isEmpty()) {
                restoreState(word);
                term.setEmpty().append(pending.removeFirst());
                increment.setPositionIncrement(0);
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            String[] parts = PUNCTUATION.split(term);
            if (parts.length > 1) {
                word = captureState();
                for (String part : parts) {
                    if (!part.isEmpty()) {
                        pending.add(part);
                    }
                }
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending.clear();
            word = null;
        }
    }

    private static final class FileNames extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
