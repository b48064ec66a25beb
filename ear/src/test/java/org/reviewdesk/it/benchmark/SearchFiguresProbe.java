package org.reviewdesk.it.benchmark;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.reviewdesk.it.ProbeAccess;
import org.reviewdesk.search.RawLucene;
import org.reviewdesk.search.SearchIndex;

/**
 * The search figures' side in the server (test code, in the reliability runs' deployment): times the limits
 * {@code CaseSearch} is compared with, one query after another as CaseSearch answers them (CaseSearch itself is timed
 * by the intake probe's {@code search-timings}).
 * <ul>
 *   <li>{@code POST lucene?mode=same} or {@code mode=counts}, the queries one a line: Lucene alone on the open index
 *       ({@link RawLucene}), doing CaseSearch's work or only the query and facet counts; each query's microseconds and
 *       hits, and for {@code same} those of its search, passages and rows apart.</li>
 *   <li>{@code POST fulltext-table}: builds the PostgreSQL full-text table ({@value #TABLE}) from the cases' texts in
 *       the database, with its GIN indexes; {@code POST fulltext-drop} drops it.</li>
 *   <li>{@code POST fulltext?passages=true|false}, the queries one a line: each answered by PostgreSQL full-text
 *       search ({@link FullTextQuery}): the 20 best rows by {@code ts_rank} (with their {@code ts_headline} passages
 *       when asked) and the six facets' counts by {@code GROUP BY}.</li>
 * </ul>
 * Answers are {@code name=value} lines, lists comma-separated.
 */
@WebServlet(urlPatterns = SearchFiguresProbe.PATH + "/*")
public class SearchFiguresProbe extends HttpServlet {

    public static final String PATH = "/test-probe/search";

    /** Made by the benchmark at run time and dropped after it: no migration, nothing the application reads. */
    static final String TABLE = "benchmark_fulltext";

    private static final String HEADLINE_OPTIONS = "'MaxFragments=2, MaxWords=35, MinWords=15'";

    @EJB
    public SearchIndex index;

    @Resource(lookup = "java:jboss/datasources/ReviewDeskDS")
    public DataSource database;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (ProbeAccess.refusedUnlessLoopback(request, response)) {
            return;
        }
        Map<String, Object> answer;
        try {
            answer = switch (ProbeAccess.action(request)) {
                case "POST /lucene" -> lucene(queries(request), "same".equals(request.getParameter("mode")));
                case "POST /fulltext-table" -> fullTextTable();
                case "POST /fulltext-drop" -> execute("DROP TABLE IF EXISTS " + TABLE);
                case "POST /fulltext" ->
                    fullText(queries(request), Boolean.parseBoolean(request.getParameter("passages")));
                default -> null;
            };
        } catch (SQLException e) {
            // Said to the benchmark as it is: the application's error page would hide it.
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            answer = Map.of("problem", "The full-text search failed: " + e.getMessage());
        }
        ProbeAccess.answer(response, answer);
    }

    private static List<String> queries(HttpServletRequest request) throws IOException {
        return request.getReader().lines().filter(line -> !line.isBlank()).toList();
    }

    private Map<String, Object> lucene(List<String> queries, boolean sameWork) throws IOException {
        List<RawLucene.Timing> timings = new java.util.ArrayList<>(queries.size());
        for (String query : queries) {
            timings.add(sameWork ? RawLucene.sameWork(index, query) : RawLucene.countsAlone(index, query));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("micros", joined(timings, timing -> timing.total() / 1_000));
        answer.put("searchMicros", joined(timings, timing -> timing.search() / 1_000));
        answer.put("passagesMicros", joined(timings, timing -> timing.passages() / 1_000));
        answer.put("rowsMicros", joined(timings, timing -> timing.rows() / 1_000));
        answer.put("hits", joined(timings, RawLucene.Timing::hits));
        answer.put(
                "passages",
                timings.stream().mapToLong(RawLucene.Timing::passagesFound).sum());
        return answer;
    }

    /** One number of each timing, comma-separated. */
    private static String joined(List<RawLucene.Timing> timings, ToLongFunction<RawLucene.Timing> number) {
        return timings.stream()
                .map(timing -> Long.toString(number.applyAsLong(timing)))
                .collect(Collectors.joining(","));
    }

    /**
     * The cases' texts as a search over PostgreSQL would keep them: one row a case (as the index has one entry a
     * case: submitted requests), its explanation, public comments, internal notes and files (names and extracted
     * texts), each analysed with 'english', weighted as the index's boosts rank them (title, names and explanation
     * first, then comments and notes, then files), with a GIN index on each column a query searches.
     */
    private Map<String, Object> fullTextTable() throws SQLException {
        execute("DROP TABLE IF EXISTS " + TABLE);
        execute("CREATE TABLE " + TABLE + " AS SELECT s.*,"
                + " to_tsvector('english', s.explanation) AS explanation_tsv,"
                + " to_tsvector('english', s.comments) AS comments_tsv,"
                + " to_tsvector('english', s.notes) AS notes_tsv,"
                + " to_tsvector('english', s.files) AS files_tsv,"
                + " setweight(to_tsvector('english', s.title || ' ' || s.party_name || ' ' || s.explanation), 'A')"
                + " || setweight(to_tsvector('english', s.comments || ' ' || s.notes), 'B')"
                + " || setweight(to_tsvector('english', s.files), 'C') AS all_tsv"
                + " FROM (SELECT r.id, r.performance_year AS year, r.number, r.title, r.status,"
                + " coalesce(r.application_type, '') AS type,"
                + " coalesce(r.assigned_reviewer, 'unassigned') AS reviewer, r.identifier, r.practice_tin,"
                + " coalesce(r.party_name, '') AS party_name, coalesce(r.explanation, '') AS explanation,"
                + " ARRAY(SELECT i.issue_type FROM request_issue_type i WHERE i.request_id = r.id) AS issues,"
                + " ARRAY(SELECT c.category FROM request_category c WHERE c.request_id = r.id) AS categories,"
                + " coalesce((SELECT string_agg(c.body, E'\\n\\n' ORDER BY c.id) FROM request_comment c"
                + " WHERE c.request_id = r.id AND NOT c.internal_note), '') AS comments,"
                + " coalesce((SELECT string_agg(c.body, E'\\n\\n' ORDER BY c.id) FROM request_comment c"
                + " WHERE c.request_id = r.id AND c.internal_note), '') AS notes,"
                + " coalesce((SELECT string_agg(a.file_name || E'\\n' || coalesce(t.content, ''), E'\\n\\n'"
                + " ORDER BY a.id) FROM attachment a LEFT JOIN attachment_text t ON t.attachment_id = a.id"
                + " WHERE a.request_id = r.id), '') AS files"
                + " FROM review_request r WHERE r.submitted_at IS NOT NULL) s");
        execute("ALTER TABLE " + TABLE + " ADD PRIMARY KEY (id)");
        for (String column : List.of("all_tsv", "explanation_tsv", "comments_tsv", "files_tsv")) {
            execute("CREATE INDEX " + TABLE + "_" + column + " ON " + TABLE + " USING GIN (" + column + ")");
        }
        execute("CREATE INDEX " + TABLE + "_identifier ON " + TABLE + " (identifier text_pattern_ops)");
        execute("CREATE INDEX " + TABLE + "_practice_tin ON " + TABLE + " (practice_tin text_pattern_ops)");
        execute("ANALYZE " + TABLE);
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + TABLE)) {
            rows.next();
            return Map.of("rows", rows.getLong(1));
        }
    }

    private Map<String, Object> execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        return Map.of("done", true);
    }

    private Map<String, Object> fullText(List<String> queries, boolean passages) throws SQLException {
        StringBuilder micros = new StringBuilder();
        StringBuilder hits = new StringBuilder();
        long headlines = 0;
        for (String typed : queries) {
            FullTextQuery query = FullTextQuery.of(typed);
            long started = System.nanoTime();
            long[] found;
            try (Connection connection = database.getConnection()) {
                hits.append(hits.isEmpty() ? "" : ",").append(facetCounts(connection, query));
                found = topRows(connection, query, passages);
            }
            long took = (System.nanoTime() - started) / 1_000;
            headlines += found[1];
            micros.append(micros.isEmpty() ? "" : ",").append(took);
        }
        return Map.of("micros", micros.toString(), "hits", hits.toString(), "passages", headlines);
    }

    /** The six facets' counts over every match, by GROUP BY; the number of matches. */
    private static long facetCounts(Connection connection, FullTextQuery query) throws SQLException {
        String sql = "WITH q AS (SELECT " + query.tsquery() + " AS tsq),"
                + " m AS MATERIALIZED (SELECT f.status, f.year, f.type, f.reviewer, f.issues, f.categories FROM "
                + TABLE + " f, q WHERE " + query.condition() + ")"
                + " SELECT 'total', '', count(*) FROM m"
                + " UNION ALL SELECT 'status', status, count(*) FROM m GROUP BY status"
                + " UNION ALL SELECT 'year', year::text, count(*) FROM m GROUP BY year"
                + " UNION ALL SELECT 'issue', i, count(*) FROM m, unnest(issues) i GROUP BY i"
                + " UNION ALL SELECT 'category', c, count(*) FROM m, unnest(categories) c GROUP BY c"
                + " UNION ALL SELECT 'type', type, count(*) FROM m GROUP BY type"
                + " UNION ALL SELECT 'reviewer', reviewer, count(*) FROM m GROUP BY reviewer";
        long total = 0;
        try (PreparedStatement statement = prepared(connection, sql, query);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                if (rows.getString(1).equals("total")) {
                    total = rows.getLong(3);
                }
            }
        }
        return total;
    }

    /**
     * The 20 best matches by {@code ts_rank} with what a result row shows and, when asked, the {@code ts_headline}
     * passages of each text that matched (a text that did not match is not read again); rows read and passages
     * built.
     */
    private static long[] topRows(Connection connection, FullTextQuery query, boolean passages) throws SQLException {
        StringBuilder sql = new StringBuilder("WITH q AS (SELECT " + query.tsquery() + " AS tsq),"
                + " top AS (SELECT f.id, coalesce(ts_rank(f.all_tsv, q.tsq), 0) AS rank FROM " + TABLE
                + " f, q WHERE " + query.condition() + " ORDER BY rank DESC, f.id LIMIT 20)"
                + " SELECT f.id, f.year, f.number, f.title, f.status, f.reviewer, f.party_name");
        if (passages) {
            for (String text : List.of("explanation", "comments", "notes", "files")) {
                sql.append(", CASE WHEN f.")
                        .append(text)
                        .append("_tsv @@ q.tsq THEN ts_headline('english', f.")
                        .append(text)
                        .append(", q.tsq, ")
                        .append(HEADLINE_OPTIONS)
                        .append(") END");
            }
        }
        sql.append(" FROM top JOIN ").append(TABLE).append(" f ON f.id = top.id, q ORDER BY top.rank DESC, f.id");
        long rowsRead = 0;
        long headlines = 0;
        try (PreparedStatement statement = prepared(connection, sql.toString(), query);
                ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                rowsRead++;
                for (int column = 8; column <= columns; column++) {
                    if (rows.getString(column) != null) {
                        headlines++;
                    }
                }
            }
        }
        return new long[] {rowsRead, headlines};
    }

    private static PreparedStatement prepared(Connection connection, String sql, FullTextQuery query)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        int parameter = 1;
        if (query.tsqueryText() != null) {
            statement.setString(parameter++, query.tsqueryText());
        }
        for (String value : query.parameters()) {
            statement.setString(parameter++, value);
        }
        return statement;
    }
}
