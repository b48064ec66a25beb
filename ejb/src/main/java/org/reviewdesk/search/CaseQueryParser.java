package org.reviewdesk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;

/**
 * The query box's language: Lucene's classic syntax (words, "phrases", AND/OR/NOT, -word,
 * wildcards, parentheses) with the field names people use ({@code npi:}, {@code status:},
 * {@code submitted:[2026-01-01 TO 2026-03-31]}). Words without a field search all the text of a
 * case the searcher may see; a bare number or code also matches identifiers, exactly or by how
 * they start. All words must match unless OR says otherwise. A prefix that is not a field name
 * ({@code abc:Def}) is part of the word. A query has at most {@link #MAX_WORDS} words; what a
 * pattern may expand to is bounded by {@link QueryCost}.
 */
final class CaseQueryParser extends MultiFieldQueryParser {

    /** How the query box is named in refusals. */
    static final String FIELD = FormField.SEARCH.label();

    /**
     * The most words, phrases and patterns one query may have: each is looked for in a dozen
     * fields, and far more would only cost time, never find better.
     */
    static final int MAX_WORDS = 64;

    static final int MAX_LENGTH = 2_000;
    private static final String TOO_MANY_WORDS = "The query has more than " + MAX_WORDS
            + " words, phrases and patterns; search by fewer of them, the rarest first";
    /** Web addresses are searched as typed: unquoted, the query syntax would read "https:" as a field and "/" as a pattern. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?<![\"\\w])(https?://[^\\s\"()]+)");

    private final boolean staff;
    private int words;
    private int depth;

    private CaseQueryParser(List<String> textFields, boolean staff) {
        super(textFields.toArray(String[]::new), CaseAnalysis.QUERY, QueryFields.BOOSTS);
        this.staff = staff;
        setDefaultOperator(QueryParser.AND_OPERATOR);
        // Each word on its own, so that each is counted and looked for in every field (see anyField).
        setSplitOnWhitespace(true);
        setAllowLeadingWildcard(false);
    }

    /**
     * The query, or {@link InvalidInput} on {@link #FIELD} saying what is wrong with it in words.
     *
     * @param staff whether internal notes and the files on them are searched
     */
    static Query parse(String text, boolean staff) {
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInput(
                    FIELD, "The query is " + text.length() + " characters long; shorten it to at most " + MAX_LENGTH);
        }
        List<String> fields = new ArrayList<>(CaseFields.PUBLIC_TEXT);
        if (staff) {
            fields.addAll(CaseFields.STAFF_TEXT);
        }
        try {
            return new CaseQueryParser(fields, staff).parse(webAddressesQuoted(text));
        } catch (ParseException e) {
            throw new InvalidInput(FIELD, explain(e));
        } catch (TooComplexToDeterminizeException e) {
            throw new InvalidInput(
                    FIELD,
                    "A /pattern/ in the query is too complex to search with; use a simpler one or a word with *");
        }
    }

    /** Quotes the web addresses typed outside quotes (between quotes they are in a phrase already). */
    private static String webAddressesQuoted(String text) {
        String[] pieces = text.split("\"", -1);
        for (int i = 0; i < pieces.length; i += 2) {
            pieces[i] = WEB_ADDRESS.matcher(pieces[i]).replaceAll("\"$1\"");
        }
        return String.join("\"", pieces);
    }

    private static String explain(ParseException e) {
        // The parser wraps what its methods throw ("Cannot parse '…': …"), keeping it as the cause.
        if (e.getCause() instanceof Refusal refusal) {
            return refusal.getMessage();
        }
        String message = e.getMessage();
        int end = message.indexOf('\n');
        message = (end < 0 ? message : message.substring(0, end)).replaceFirst("^Cannot parse '.*': ", "");
        if (message.startsWith("Dates are")) {
            return message;
        }
        if (e.getCause() instanceof IndexSearcher.TooManyClauses) {
            return TOO_MANY_WORDS;
        }
        return "The query could not be read (" + message.strip() + "). Check that quotes and brackets are closed"
                + " and that AND, OR and NOT stand between words";
    }

    /** A refusal whose message is meant for the searcher as it is. */
    private static final class Refusal extends ParseException {
        Refusal(String message) {
            super(message);
        }
    }

    /** A field name that is not one of the query box's is no field: {@code abc:Def} is looked for as typed. */
    private static boolean unknown(String field) {
        return field != null
                && !QueryFields.FIELDS.containsKey(field.toLowerCase(Locale.ROOT))
                && !QueryFields.isInternal(field);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (unknown(field)) {
            return getFieldQuery(null, field + ":" + queryText, quoted);
        }
        return word(() -> field == null
                ? QueryFields.withIdentifiers(anyField(queryText, quoted), queryText)
                : resolve(field, internal -> {
                    if (CaseFields.IDENTIFIERS.contains(internal)) {
                        return QueryFields.identifier(internal, queryText);
                    }
                    if (CaseFields.CODES.contains(internal)) {
                        return new TermQuery(new Term(internal, CaseFields.normalCode(queryText)));
                    }
                    if (internal.equals(CaseFields.SUBMITTED) || internal.equals(CaseFields.DECIDED)) {
                        return QueryFields.dayRange(internal, queryText, queryText);
                    }
                    return super.getFieldQuery(internal, queryText, quoted);
                }));
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (unknown(field)) {
            return getFieldQuery(null, field + ":" + queryText, slop);
        }
        return word(() -> field == null
                ? super.getFieldQuery(null, queryText, slop)
                : resolve(
                        field,
                        internal ->
                                CaseFields.PUBLIC_TEXT.contains(internal) || CaseFields.STAFF_TEXT.contains(internal)
                                        ? super.getFieldQuery(internal, queryText, slop)
                                        : getFieldQuery(internal, queryText, true)));
    }

    @Override
    protected Query getRangeQuery(
            String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        if (unknown(field)) {
            // A range of a field there is not: nothing is in it.
            return word(() -> new MatchNoDocsQuery("no field " + field));
        }
        return word(() -> field == null
                ? super.getRangeQuery(null, part1, part2, startInclusive, endInclusive)
                : resolve(field, internal -> {
                    if (internal.equals(CaseFields.SUBMITTED) || internal.equals(CaseFields.DECIDED)) {
                        return QueryFields.dayRange(internal, part1, part2);
                    }
                    if (CaseFields.CODES.contains(internal) || CaseFields.IDENTIFIERS.contains(internal)) {
                        return TermRangeQuery.newStringRange(
                                internal,
                                QueryFields.open(part1) ? null : part1,
                                QueryFields.open(part2) ? null : part2,
                                startInclusive,
                                endInclusive);
                    }
                    return super.getRangeQuery(internal, part1, part2, startInclusive, endInclusive);
                }));
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        if (unknown(field)) {
            return getPrefixQuery(null, field + ":" + termStr);
        }
        return word(() -> field == null
                ? super.getPrefixQuery(null, termStr)
                : resolve(field, internal -> {
                    if (CaseFields.IDENTIFIERS.contains(internal)) {
                        return new PrefixQuery(new Term(internal, CaseFields.normalIdentifier(termStr)));
                    }
                    if (CaseFields.CODES.contains(internal)) {
                        return new PrefixQuery(new Term(internal, CaseFields.normalCode(termStr)));
                    }
                    return super.getPrefixQuery(internal, termStr);
                }));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        if (unknown(field)) {
            return getWildcardQuery(null, field + ":" + termStr);
        }
        return word(() -> field == null
                ? super.getWildcardQuery(null, termStr)
                : resolve(field, internal -> super.getWildcardQuery(internal, termStr)));
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        if (unknown(field)) {
            return getRegexpQuery(null, field + ":" + termStr);
        }
        return word(() -> field == null
                ? super.getRegexpQuery(null, termStr)
                : resolve(field, internal -> super.getRegexpQuery(internal, termStr)));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        if (unknown(field)) {
            return getFuzzyQuery(null, field + ":" + termStr, minSimilarity);
        }
        return word(() -> field == null
                ? super.getFuzzyQuery(null, termStr, minSimilarity)
                : resolve(field, internal -> super.getFuzzyQuery(internal, termStr, minSimilarity)));
    }

    /**
     * A word in any text field, each field analysing it its own way. (Lucene's multi-field parser
     * would instead line up the terms of all fields by position, so that a word a file name splits
     * in two, {@code colour:blue}, would need its second part in a file name whatever the field
     * matching its whole.)
     */
    private Query anyField(String queryText, boolean quoted) throws ParseException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean found = false;
        for (String field : fields) {
            Query inField = super.getFieldQuery(field, queryText, quoted);
            if (inField != null) {
                Float boost = boosts.get(field);
                any.add(boost == null ? inField : new BoostQuery(inField, boost), BooleanClause.Occur.SHOULD);
                found = true;
            }
        }
        return found ? any.build() : null;
    }

    @FunctionalInterface
    private interface Typed {
        Query query() throws ParseException;
    }

    /**
     * A word, phrase or pattern of the query: counted once, however many fields the parser then
     * looks for it in (its calls for each field come back here, nested).
     */
    private Query word(Typed typed) throws ParseException {
        if (depth == 0 && ++words > MAX_WORDS) {
            throw new Refusal(TOO_MANY_WORDS);
        }
        depth++;
        try {
            return typed.query();
        } finally {
            depth--;
        }
    }

    @FunctionalInterface
    private interface FieldQuery {
        Query of(String internalField) throws ParseException;
    }

    /**
     * The query for a field as typed: a name from {@link QueryFields#FIELDS} searches the fields it stands
     * for; the parser's own calls name the internal fields directly. Internal notes are not
     * there for someone who is not staff, whatever they type.
     */
    private Query resolve(String field, FieldQuery query) throws ParseException {
        List<String> internal = QueryFields.FIELDS.get(field.toLowerCase(Locale.ROOT));
        if (internal == null) {
            internal = List.of(field);
        }
        List<Query> clauses = new ArrayList<>();
        for (String name : internal) {
            if (!staff && (CaseFields.STAFF_TEXT.contains(name))) {
                continue;
            }
            Query clause = query.of(name);
            if (clause != null) {
                clauses.add(clause);
            }
        }
        if (clauses.isEmpty()) {
            return new MatchNoDocsQuery("not visible to this searcher");
        }
        if (clauses.size() == 1) {
            return clauses.getFirst();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        clauses.forEach(clause -> any.add(clause, BooleanClause.Occur.SHOULD));
        return any.build();
    }
}
