package org.reviewdesk.it.benchmark;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.reviewdesk.intake.IntakeMessage;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;

/**
 * The limit intake is compared with (issue 15, "intake end to end"): a consumer in the same server, on a test queue of
 * its own, that receives the same intake messages and writes the rows intake writes for them by plain JDBC, one
 * container transaction per message (the message's and the database's, as intake's). Test-only: the queue is defined
 * here, by the test deployment, never in the server's configuration.
 * <p>
 * Per message, as intake: the receipt looked up by key; the assignment policy's row and the year's number counter
 * locked and the counter advanced; the case inserted in review with its issue types and categories; the receipt; the
 * reviewer with the fewest open cases chosen and their profile stamped; the SUBMITTED and ASSIGNED events; the
 * confirmation e-mail's mail-log row. What it does not do, because they are not rows: put the mail and the index
 * update on their queues, render the e-mail, validate against the reference data.
 */
@JMSDestinationDefinition(
        name = RawIntakeConsumer.QUEUE,
        interfaceName = "jakarta.jms.Queue",
        destinationName = "FlowRawIntakeQueue")
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = RawIntakeConsumer.QUEUE),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class RawIntakeConsumer implements MessageListener {

    public static final String QUEUE = "java:global/jms/FlowRawIntakeQueue";

    /**
     * Row IDs of its own, far above what the application's sequences hand out, so its rows never collide with theirs
     * and it needs no sequence round trip (the application's sequences hand out blocks of 50).
     */
    private static final AtomicLong IDS = new AtomicLong(4_000_000_000_000L);

    @Resource(lookup = "java:jboss/datasources/ReviewDeskDS")
    DataSource database;

    @Override
    public void onMessage(Message message) {
        try (Connection connection = database.getConnection()) {
            file(connection, IntakeMessage.parse(message.getBody(String.class)));
        } catch (SQLException | JMSException e) {
            throw new IllegalStateException("The raw consumer could not file a message", e);
        }
    }

    private static void file(Connection connection, IntakeMessage request) throws SQLException {
        if (exists(connection, "SELECT id FROM intake_receipt WHERE request_key = ?", request.requestKey())) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        exists(connection, "SELECT automatic FROM assignment_policy WHERE id = ? FOR UPDATE", 1);
        int number = nextNumber(connection, request.performanceYear());
        long id = IDS.incrementAndGet();
        String reviewer = fewestOpenCases(connection);
        CaseSql.update(
                connection,
                "INSERT INTO review_request (id, performance_year, number, title, status, owner_username,"
                        + " application_type, identifier, party_name, practice_tin, practice_name, practice_not_listed,"
                        + " contact_phone, contact_email, relationship, explanation, certified_by, certified_at,"
                        + " created_at, updated_at, submitted_at, assigned_reviewer, assigned_at, version)"
                        + " VALUES (?, ?, ?, ?, 'SUBMITTED_IN_REVIEW', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, 3)",
                id,
                request.performanceYear(),
                number,
                request.title(),
                request.certification().certifiedBy(),
                request.applicationType().name(),
                request.identifier(),
                request.title(),
                request.practice() == null ? null : request.practice().tin(),
                request.practice() == null ? null : request.practice().name(),
                request.practice() != null && request.practice().notListed(),
                request.submitter().phone(),
                request.submitter().email(),
                request.submitter().relationship().name(),
                request.explanation(),
                request.certification().certifiedBy(),
                request.certification().certifiedAt().atOffset(ZoneOffset.UTC),
                now,
                now,
                now,
                reviewer,
                reviewer == null ? null : now);
        for (IssueType type : request.issueTypes()) {
            CaseSql.update(
                    connection,
                    "INSERT INTO request_issue_type (request_id, issue_type) VALUES (?, ?)",
                    id,
                    type.name());
        }
        for (PerformanceCategory category : request.categories()) {
            CaseSql.update(
                    connection,
                    "INSERT INTO request_category (request_id, category) VALUES (?, ?)",
                    id,
                    category.name());
        }
        CaseSql.update(
                connection,
                "INSERT INTO intake_receipt (id, request_key, received_at, request_id) VALUES (?, ?, ?, ?)",
                IDS.incrementAndGet(),
                request.requestKey(),
                now,
                id);
        event(connection, id, now, request.certification().certifiedBy(), "SUBMITTED", "DRAFT_COMPLETE", 1);
        if (reviewer != null) {
            CaseSql.update(
                    connection, "UPDATE reviewer_profile SET last_assigned_at = ? WHERE username = ?", now, reviewer);
            event(connection, id, now, "system", "ASSIGNED", null, 2);
        }
        CaseSql.update(
                connection,
                "INSERT INTO mail_log (id, mail_key, request_id, replies_filed, recipients, subject, body,"
                        + " secret_withheld, state, queued_at, attempts, version)"
                        + " VALUES (?, ?, ?, TRUE, ?, ?, ?, FALSE, 'QUEUED', ?, 0, 0)",
                IDS.incrementAndGet(),
                UUID.randomUUID().toString(),
                id,
                request.submitter().email(),
                "Request received: " + request.title(),
                request.explanation(),
                now);
    }

    private static int nextNumber(Connection connection, int year) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_number FROM request_counter WHERE performance_year = ? FOR UPDATE")) {
            select.setInt(1, year);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException(
                            "No number counter for " + year + ": file one case by intake first");
                }
                int next = row.getInt(1) + 1;
                CaseSql.update(
                        connection,
                        "UPDATE request_counter SET last_number = ? WHERE performance_year = ?",
                        next,
                        year);
                return next;
            }
        }
    }

    /** As intake's fair assignment, in one query: the accepting reviewer with the fewest open cases. */
    private static String fewestOpenCases(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT p.username FROM reviewer_profile p"
                        + " LEFT JOIN review_request r ON r.assigned_reviewer = p.username"
                        + " AND r.status = 'SUBMITTED_IN_REVIEW' WHERE p.accepting_cases = TRUE"
                        + " GROUP BY p.username ORDER BY COUNT(r.id), p.username LIMIT 1");
                ResultSet row = select.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private static void event(
            Connection connection,
            long requestId,
            OffsetDateTime at,
            String actor,
            String action,
            String statusFrom,
            long version)
            throws SQLException {
        CaseSql.update(
                connection,
                "INSERT INTO case_event (id, request_id, occurred_at, actor, actor_name, action, details, status_from,"
                        + " status_to, case_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                IDS.incrementAndGet(),
                requestId,
                at,
                actor,
                actor,
                action,
                action.equals("SUBMITTED") ? "Certified and submitted through intake" : "Assigned automatically",
                statusFrom,
                statusFrom == null ? null : "SUBMITTED_IN_REVIEW",
                version);
    }

    private static boolean exists(Connection connection, String sql, Object parameter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }
}
