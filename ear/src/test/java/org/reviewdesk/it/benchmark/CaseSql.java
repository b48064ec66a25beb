package org.reviewdesk.it.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The case page's database reads written by hand in SQL, each once: the case and its collections, its files,
 * documentation requests, trail, possible duplicates (open cases of the year naming the same identifier) and its
 * conversation. The limit the case page is compared with; the similar cases come from the search index and have no
 * query here.
 */
public final class CaseSql {

    private static final List<String> OF_CASE = List.of(
            "SELECT issue_type FROM request_issue_type WHERE request_id = ?",
            "SELECT category FROM request_category WHERE request_id = ?",
            "SELECT email FROM request_access_email WHERE request_id = ?",
            "SELECT * FROM attachment WHERE request_id = ? ORDER BY uploaded_at, id",
            "SELECT * FROM documentation_request WHERE request_id = ? ORDER BY requested_at DESC, id DESC",
            "SELECT * FROM case_event WHERE request_id = ? ORDER BY occurred_at, id",
            "SELECT * FROM request_comment WHERE request_id = ? ORDER BY created_at, id");

    private CaseSql() {}

    /** Reads everything the case page shows of case {@code id} from the database; how many rows that was. */
    static long readAll(Connection connection, long id) {
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM review_request WHERE id = ?")) {
            select.setLong(1, id);
            long rows = 0;
            try (ResultSet found = select.executeQuery()) {
                found.next();
                rows += 1
                        + duplicates(
                                connection,
                                id,
                                found.getInt("performance_year"),
                                found.getString("identifier"),
                                found.getString("application_type"));
            }
            for (String sql : OF_CASE) {
                rows += rowsOf(connection, sql, id);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("The case page's queries failed for case " + id, e);
        }
    }

    private static long duplicates(Connection connection, long id, int year, String identifier, String type)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM review_request WHERE id <> ?"
                + " AND performance_year = ? AND status = 'SUBMITTED_IN_REVIEW' AND identifier = ?"
                + " AND application_type = ?")) {
            select.setLong(1, id);
            select.setInt(2, year);
            select.setString(3, identifier);
            select.setString(4, type);
            return count(select);
        }
    }

    private static long rowsOf(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, id);
            return count(select);
        }
    }

    private static long count(PreparedStatement select) throws SQLException {
        long rows = 0;
        try (ResultSet found = select.executeQuery()) {
            while (found.next()) {
                rows++;
            }
        }
        return rows;
    }

    /** An update in the connection's own (auto-commit) transaction; how many rows it changed. */
    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }
}
