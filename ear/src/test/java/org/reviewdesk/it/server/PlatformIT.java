package org.reviewdesk.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.persistence.platform.database.H2Platform;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;
import org.eclipse.persistence.sessions.Session;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reviewdesk.it.Eventually;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.scheduling.Deadline;
import org.reviewdesk.scheduling.Deadlines;
import org.reviewdesk.security.DemoAccounts;
import org.reviewdesk.security.PasswordHash;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;

/** The persistence, security-store and timer wiring, inside the running server. */
@ExtendWith(ArquillianExtension.class)
@Tag("server")
class PlatformIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return TestDeployments.addToEjbModule(TestDeployments.withTests(PlatformIT.class), DeadlineRecorder.class);
    }

    @PersistenceContext(unitName = "reviewdesk")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/ReviewDeskDS")
    DataSource dataSource;

    @EJB
    UserAccounts accounts;

    @EJB
    Deadlines deadlines;

    @Inject
    DeadlineRecorder recorder;

    @Test
    void theJpaProviderIsEclipseLink() {
        Session session = em.unwrap(Session.class);

        assertNotNull(session, "the entity manager is not EclipseLink's");
        assertTrue(
                em.getDelegate().getClass().getName().startsWith("org.eclipse.persistence."),
                "the entity manager is " + em.getDelegate().getClass().getName());
    }

    @Test
    void theDatabaseIsTheConfiguredOne() throws SQLException {
        boolean postgresql = "postgresql".equals(System.getenv("REVIEWDESK_DB_DRIVER"));
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(
                    postgresql ? "PostgreSQL" : "H2", connection.getMetaData().getDatabaseProductName());
        }
        Class<?> dialect = postgresql ? PostgreSQLPlatform.class : H2Platform.class;
        Object platform = em.unwrap(Session.class).getPlatform();
        assertTrue(
                dialect.isInstance(platform),
                "EclipseLink speaks " + platform.getClass().getSimpleName());
    }

    @Test
    void theApplicationMigratedTheSchema() {
        // Flyway creates its table with quoted lower-case names; on H2 it also records creating the schema, without a
        // version. When WildFly's timer store had made its table first, Flyway took the new database as empty and
        // recorded a baseline at version 0 (SchemaMigration): every real migration, from V1, was still applied.
        List<?> baselines = em.createNativeQuery(
                        "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"type\" = 'BASELINE'")
                .getResultList();
        List<?> applied = em.createNativeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                        + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL AND \"type\" <> 'BASELINE'"
                        + " ORDER BY \"installed_rank\"")
                .getResultList();
        Number failed = (Number)
                em.createNativeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = FALSE")
                        .getSingleResult();

        assertTrue(
                baselines.stream().allMatch(version -> "0".equals(String.valueOf(version))),
                "a baseline, if any, skips no migration: " + baselines);
        assertEquals("1", String.valueOf(applied.get(0)));
        assertEquals(0, failed.intValue());
    }

    @Test
    void demoAccountsExistWithTheirRolesAndHashedPasswords() {
        for (DemoAccounts.Demo demo : DemoAccounts.ACCOUNTS) {
            UserAccount account = accounts.find(demo.username())
                    .orElseThrow(() -> new AssertionError("demo account " + demo.username() + " is missing"));
            assertEquals(Set.of(demo.role()), account.roles(), demo.username());
            assertEquals(demo.displayName(), account.displayName());
            assertTrue(account.passwordMatches(DemoAccounts.PASSWORD.toCharArray()), demo.username());
        }
        List<?> storedPasswords =
                em.createNativeQuery("SELECT password_hash FROM user_account").getResultList();
        assertFalse(storedPasswords.contains(DemoAccounts.PASSWORD), "a clear-text password is stored");
    }

    @Test
    void anEntityIsPersistedAndReadBackInANewTransaction() throws Exception {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        transaction.begin();
        accounts.add(new UserAccount(
                username,
                "Jordan Tester",
                "Jordan.Tester." + username + "@Example.org",
                PasswordHash.of("a long enough password".toCharArray()),
                Set.of(Role.REVIEWER, Role.SUPERVISOR)));
        transaction.commit();
        em.clear();

        UserAccount reread = accounts.find(username).orElseThrow();

        assertNotNull(reread.id());
        assertEquals("jordan.tester." + username + "@example.org", reread.email());
        assertEquals(Set.of(Role.REVIEWER, Role.SUPERVISOR), reread.roles());
        assertTrue(reread.createdAt().isAfter(Instant.now().minus(5, ChronoUnit.MINUTES)));
        assertTrue(reread.passwordMatches("a long enough password".toCharArray()));
    }

    @Test
    void aPersistentDeadlineIsStoredThenFiresOnceAndACancelledOneNever() {
        String kept = "kept-" + UUID.randomUUID();
        String cancelled = "cancelled-" + UUID.randomUUID();
        long storedBefore = storedDeadlineTimers();
        Instant due = Instant.now().plusSeconds(3);
        deadlines.schedule(new Deadline("it-check", kept, due));
        deadlines.schedule(new Deadline("it-check", cancelled, due));

        assertEquals(
                storedBefore + 2, storedDeadlineTimers(), "pending deadlines are not in the persistent timer store");
        assertTrue(deadlines.cancel("it-check", cancelled));
        assertEquals(storedBefore + 1, storedDeadlineTimers(), "a cancelled deadline is still stored");

        Eventually.await("the deadline to fire", () -> recorder.reachedFor(kept), list -> !list.isEmpty());
        // The cancelled one was due at the same moment: had it not been cancelled, it would have fired by now.
        Eventually.await(
                "the fired deadline to leave the pending list",
                () -> deadlines.pending().stream().anyMatch(d -> d.subject().equals(kept)),
                stillPending -> !stillPending);

        assertEquals(1, recorder.reachedFor(kept).size());
        assertEquals(List.of(), recorder.reachedFor(cancelled));
        Eventually.await("the fired timer to leave the store", this::storedDeadlineTimers, n -> n == storedBefore);
    }

    /**
     * Timers of the Deadlines bean in WildFly's timer store: the database store (wildfly-config/10-datasource.cli), one
     * row per pending timer in the application's own database.
     */
    private long storedDeadlineTimers() {
        try (Connection connection = dataSource.getConnection();
                java.sql.PreparedStatement count = connection.prepareStatement(
                        "SELECT COUNT(*) FROM JBOSS_EJB_TIMER WHERE TIMED_OBJECT_ID LIKE ?")) {
            count.setString(1, "%.Deadlines");
            try (java.sql.ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The timer store could not be read", e);
        }
    }
}
