package org.reviewdesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.reviewdesk.validation.InvalidInput;

/**
 * Keeps a query's cost bounded before it runs: a pattern ({@code measur*}, {@code scores~},
 * {@code /sco.e/}) is looked for as every word of the index it stands for, so one that stands for
 * more than {@link #MAX_EXPANSIONS} words is refused in words rather than searched for seconds.
 * Counting stops at the limit, so the check itself is cheap. (The number of words a query may
 * have is {@link CaseQueryParser#MAX_WORDS}.)
 */
final class QueryCost {

    static final int MAX_EXPANSIONS = 1_000;

    private QueryCost() {}

    /** Throws {@link InvalidInput} on the query box naming the first pattern that stands for too many words. */
    static void check(IndexSearcher searcher, Query query) throws IOException {
        List<MultiTermQuery> patterns = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTermsMatching(Query pattern, String field, Supplier<ByteRunAutomaton> automaton) {
                if (pattern instanceof MultiTermQuery expanding) {
                    patterns.add(expanding);
                }
            }
        });
        for (MultiTermQuery pattern : patterns) {
            if (expansions(searcher, pattern) > MAX_EXPANSIONS) {
                throw new InvalidInput(
                        CaseQueryParser.FIELD,
                        "The query is too broad: " + pattern.toString(pattern.getField())
                                + " stands for more than " + MAX_EXPANSIONS
                                + " different words; type more letters before the * or ~,"
                                + " or a narrower /pattern/");
            }
        }
    }

    /** How many words of the index the pattern stands for, counted up to one more than the limit. */
    private static long expansions(IndexSearcher searcher, MultiTermQuery pattern) throws IOException {
        long count = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(pattern.getField());
            if (terms == null) {
                continue;
            }
            TermsEnum matching = pattern.getTermsEnum(terms);
            while (matching.next() != null) {
                if (++count > MAX_EXPANSIONS) {
                    return count;
                }
            }
        }
        return count;
    }
}
