package org.reviewdesk.it.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.reviewdesk.review.CaseQueue;
import org.reviewdesk.review.QueueCursor;
import org.reviewdesk.security.Viewer;

/**
 * A queue tab's keyset page and count written by hand in SQL, to the plan of the JPQL that {@code CaseQueues} builds
 * from {@code QueueCriteria} (same condition, same order, same indexes of migration V4): the query alone, as the
 * limit the queue page is compared with. {@link FlowProbe} checks that it finds the very rows and count the service
 * does, so the comparison is with the same query.
 *
 * @param where the condition, without the {@code WHERE}
 * @param parameters its positional parameters
 * @param key the keyset column: the documentation deadline for the waiting tab, else the submission time
 */
public record QueueSql(String where, List<Object> parameters, String key) {

    /** The columns the queue screen shows ({@code CaseQueues.SUMMARY_COLUMNS}). */
    private static final String COLUMNS = "id, performance_year, number, title, party_name, application_type,"
            + " identifier, status, assigned_reviewer, submitted_at, documentation_due_at, version, decided_at,"
            + " withdrawn_at";

    static QueueSql of(CaseQueue tab, Viewer staff, Duration reviewTarget) {
        Instant now = Instant.now();
        List<Object> parameters = new ArrayList<>();
        String where = switch (tab) {
            case UNASSIGNED -> "status = 'SUBMITTED_IN_REVIEW' AND assigned_reviewer IS NULL";
            case MINE -> {
                parameters.add(staff.username());
                yield "status = 'SUBMITTED_IN_REVIEW' AND assigned_reviewer = ?";
            }
            case WAITING_ON_SUBMITTER -> {
                if (staff.supervises()) {
                    yield "status = 'SUBMITTED_IN_REVIEW' AND documentation_due_at IS NOT NULL";
                }
                parameters.add(staff.username());
                yield "status = 'SUBMITTED_IN_REVIEW' AND documentation_due_at IS NOT NULL"
                        + " AND assigned_reviewer = ?";
            }
            case OVERDUE -> {
                parameters.add(now.minus(reviewTarget).atOffset(ZoneOffset.UTC));
                parameters.add(now.atOffset(ZoneOffset.UTC));
                yield "status = 'SUBMITTED_IN_REVIEW' AND (submitted_at < ? OR documentation_due_at < ?)";
            }
            case ALL_OPEN -> "status = 'SUBMITTED_IN_REVIEW'";
            case CLOSED -> "status IN ('APPROVED', 'DENIED', 'WITHDRAWN') AND submitted_at IS NOT NULL";
        };
        return new QueueSql(
                where, parameters, tab == CaseQueue.WAITING_ON_SUBMITTER ? "documentation_due_at" : "submitted_at");
    }

    /** The IDs of the page after {@code after} (the first page without it), one row more as the service reads. */
    List<Long> page(Connection connection, QueueCursor after, int size) {
        List<Object> bound = new ArrayList<>(parameters);
        String keyset = "";
        if (after != null) {
            keyset = " AND (" + key + " > ? OR (" + key + " = ? AND id > ?))";
            bound.add(after.key().atOffset(ZoneOffset.UTC));
            bound.add(after.key().atOffset(ZoneOffset.UTC));
            bound.add(after.id());
        }
        bound.add(size + 1);
        String sql = "SELECT " + COLUMNS + " FROM review_request WHERE " + where + keyset + " ORDER BY " + key + ", id"
                + " LIMIT ?";
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = prepared(connection, sql, bound);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    long count(Connection connection) {
        String sql = "SELECT COUNT(*) FROM review_request WHERE " + where;
        try (PreparedStatement select = prepared(connection, sql, parameters);
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }
}
