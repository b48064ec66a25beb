package org.reviewdesk.it.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query of {@link SearchBenchmark#queries}'s mix as PostgreSQL's full-text search would answer it over the table of
 * case texts {@link SearchFiguresProbe} builds: the text as a {@code tsquery} ({@code websearch_to_tsquery} for words,
 * phrases, OR and NOT, {@code to_tsquery} for a word's start), a field as the column of its texts, a TIN as equality
 * (whole) or a prefix (its start), a code as equality with the row's value or array.
 *
 * @param tsquery the SQL of the text query, with {@code ?} for {@link #tsqueryText}; {@code NULL::tsquery} when the
 *     query has no words
 * @param tsqueryText what the {@code ?} of {@link #tsquery} stands for; {@code null} when there is none
 * @param condition the SQL a matching row of {@code f} satisfies, naming the text query {@code q.tsq}, with {@code ?}
 *     for {@link #parameters}
 * @param parameters the values of {@link #condition}'s {@code ?}, in order
 */
public record FullTextQuery(String tsquery, String tsqueryText, String condition, List<String> parameters) {

    private static final Pattern STATUS_AND_EXPLANATION = Pattern.compile("status:(\\w+) AND explanation:(\\S+)");
    private static final Pattern ISSUE_CATEGORY_WORDS = Pattern.compile("issue:(\\w+) category:(\\w+) (.+)");
    private static final Pattern FIELD_WORD = Pattern.compile("(comment|file):(\\S+)");
    private static final Pattern PREFIX = Pattern.compile("(\\p{L}+)\\*");
    private static final Pattern TIN = Pattern.compile("\\d{9}");
    private static final Pattern TIN_START = Pattern.compile("\\d{3,8}");

    private static final String WORDS = "websearch_to_tsquery('english', ?)";
    private static final String NO_WORDS = "NULL::tsquery";

    /** The translation of one typed query of the mix; anything else is read as websearch words over every text. */
    static FullTextQuery of(String typed) {
        Matcher matcher;
        if (TIN.matcher(typed).matches()) {
            return new FullTextQuery(NO_WORDS, null, "(f.identifier = ? OR f.practice_tin = ?)", List.of(typed, typed));
        }
        if (TIN_START.matcher(typed).matches()) {
            return new FullTextQuery(
                    NO_WORDS,
                    null,
                    "(f.identifier LIKE ? OR f.practice_tin LIKE ?)",
                    List.of(typed + "%", typed + "%"));
        }
        if ((matcher = STATUS_AND_EXPLANATION.matcher(typed)).matches()) {
            return new FullTextQuery(
                    WORDS, matcher.group(2), "f.status = ? AND f.explanation_tsv @@ q.tsq", List.of(code(matcher, 1)));
        }
        if ((matcher = ISSUE_CATEGORY_WORDS.matcher(typed)).matches()) {
            return new FullTextQuery(
                    WORDS,
                    matcher.group(3),
                    "? = ANY(f.issues) AND ? = ANY(f.categories) AND f.all_tsv @@ q.tsq",
                    List.of(code(matcher, 1), code(matcher, 2)));
        }
        if ((matcher = FIELD_WORD.matcher(typed)).matches()) {
            // file: searches the files' texts and names, as its Lucene fields do; comment: the comments only.
            String column = matcher.group(1).equals("comment") ? "f.comments_tsv" : "f.files_tsv";
            return new FullTextQuery(WORDS, matcher.group(2), column + " @@ q.tsq", List.of());
        }
        if ((matcher = PREFIX.matcher(typed)).matches()) {
            // 'simple' keeps the typed start as it is, to be matched against the stems, as Lucene's prefix query is.
            return new FullTextQuery(
                    "to_tsquery('simple', ?)",
                    matcher.group(1).toLowerCase(Locale.ROOT) + ":*",
                    "f.all_tsv @@ q.tsq",
                    List.of());
        }
        // websearch_to_tsquery reads quotes as a phrase and "or" as OR; NOT is its "-".
        return new FullTextQuery(WORDS, typed.replace(" NOT ", " -"), "f.all_tsv @@ q.tsq", List.of());
    }

    /** A code as the database holds it: the enum constant's name. */
    private static String code(Matcher matcher, int group) {
        return matcher.group(group).toUpperCase(Locale.ROOT);
    }
}
