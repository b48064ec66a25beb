package org.reviewdesk.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reviewdesk.infrastructure.persistence.SchemaMigration;
import org.reviewdesk.it.TestDeployments;

/**
 * Migration V24 (one identifier per request) on the server's own database, H2 or PostgreSQL: requests written in
 * the V23 schema, one of each application type and status and a draft without a type, read back after V24. It runs
 * the shipped migrations into a schema of its own, so the application's data is never touched.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("server")
class IdentifierMigrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return TestDeployments.withTests(IdentifierMigrationIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/ReviewDeskDS")
    DataSource dataSource;

    @Test
    void everyRequestKeepsTheIdentifierOfItsTypeWhenTheFourColumnsBecomeOne() throws SQLException {
        String schema = schemaName();
        try {
            migrate(schema, "23");
            try (Connection connection = dataSource.getConnection()) {
                insert(
                        connection,
                        schema,
                        1,
                        "SUBMITTED_IN_REVIEW",
                        "INDIVIDUAL",
                        "1234567893",
                        null,
                        null,
                        null,
                        "123459403");
                insert(connection, schema, 2, "DRAFT_COMPLETE", "UNKNOWN", "1558813992", null, null, null, null);
                insert(connection, schema, 3, "APPROVED", "GROUP", null, "123459403", null, null, null);
                insert(connection, schema, 4, "WITHDRAWN", "VIRTUAL_GROUP", null, null, "VG123456", null, null);
                insert(connection, schema, 5, "DENIED", "APM_ENTITY", null, null, null, "AR0437", null);
                insert(connection, schema, 6, "DRAFT_IN_PROGRESS", null, null, null, null, null, null);
            }

            migrate(schema, "24");

            try (Connection connection = dataSource.getConnection()) {
                assertEquals(
                        List.of(
                                "1 SUBMITTED_IN_REVIEW INDIVIDUAL 1234567893 practice 123459403",
                                "2 DRAFT_COMPLETE UNKNOWN 1558813992 practice null",
                                "3 APPROVED GROUP 123459403 practice null",
                                "4 WITHDRAWN VIRTUAL_GROUP VG123456 practice null",
                                "5 DENIED APM_ENTITY AR0437 practice null",
                                "6 DRAFT_IN_PROGRESS null null practice null"),
                        requests(connection, schema));
                for (String gone : List.of("npi", "tin", "virtual_group_id", "apm_entity_id")) {
                    assertThrows(
                            SQLException.class,
                            () -> query(connection, "SELECT " + gone + " FROM " + schema + ".review_request"),
                            gone + " is still a column");
                }
            }
        } finally {
            try (Connection connection = dataSource.getConnection();
                    Statement drop = connection.createStatement()) {
                drop.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    /** The shipped migrations, up to {@code version}, into a schema of their own. */
    private void migrate(String schema, String version) {
        Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .locations("classpath:db/migration")
                .target(version)
                .load()
                .migrate();
    }

    /**
     * A name the database keeps as written, so unquoted SQL and Flyway's quoted DDL name the same schema. Every
     * statement names it: a pooled connection's schema is never changed, so the application keeps using its own.
     */
    private String schemaName() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().storesUpperCaseIdentifiers() ? "MIGRATION_V24" : "migration_v24";
        }
    }

    private static void insert(
            Connection connection,
            String schema,
            long id,
            String status,
            String type,
            String npi,
            String tin,
            String virtualGroupId,
            String apmEntityId,
            String practiceTin)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + schema + ".review_request (id,"
                + " performance_year, number, title, status, owner_username, application_type, npi, tin,"
                + " virtual_group_id, apm_entity_id, practice_tin, practice_not_listed, created_at, updated_at,"
                + " version) VALUES (?, 2020, ?, 'Untitled', ?, 'submitter', ?, ?, ?, ?, ?, ?, FALSE,"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)")) {
            insert.setLong(1, id);
            insert.setLong(2, id);
            insert.setString(3, status);
            insert.setString(4, type);
            insert.setString(5, npi);
            insert.setString(6, tin);
            insert.setString(7, virtualGroupId);
            insert.setString(8, apmEntityId);
            insert.setString(9, practiceTin);
            insert.executeUpdate();
        }
    }

    private static List<String> requests(Connection connection, String schema) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet result = select.executeQuery("SELECT id, status, application_type, identifier, practice_tin"
                        + " FROM " + schema + ".review_request ORDER BY id")) {
            while (result.next()) {
                rows.add(result.getLong(1) + " " + result.getString(2) + " " + result.getString(3) + " "
                        + result.getString(4) + " practice " + result.getString(5));
            }
        }
        return rows;
    }

    private static void query(Connection connection, String sql) throws SQLException {
        try (Statement select = connection.createStatement()) {
            select.executeQuery(sql).close();
        }
    }
}
