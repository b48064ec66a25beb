package org.reviewdesk.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.Assumptions;

/**
 * Everything one reliability test runs against, outside the test JVM's control but inside its lifetime: a server
 * of its own ({@link StandaloneServer}) with the intake probe deployed, the database chosen for this run (an H2 file
 * in the server's data directory, or a {@link PrivatePostgresql} cluster), and an SMTP server (GreenMail, in the
 * test JVM) that takes the confirmation e-mails, so the mail queue drains as it does in production.
 * <p>
 * The reliability executions of the build ({@code -Preliability}, ear/pom.xml) name the database; any other run of
 * these classes is skipped, so they never start servers during the ordinary integration tests.
 */
public final class ReliabilityRun implements AutoCloseable {

    public enum Database {
        POSTGRESQL,
        H2;

        public String label() {
            return this == POSTGRESQL ? "PostgreSQL" : "H2 (file)";
        }
    }

    /** Only a hang guard: the tests measure how long things take, they never assert it. */
    private static final Duration STARTUP_PATIENCE = Duration.ofMinutes(5);

    public final Database database;
    public final StandaloneServer server;
    public final IntakeProbeClient probe;
    private final GreenMail smtp;
    private final PrivatePostgresql postgresql;

    private ReliabilityRun(Database database, StandaloneServer server, GreenMail smtp, PrivatePostgresql postgresql) {
        this.database = database;
        this.server = server;
        this.smtp = smtp;
        this.postgresql = postgresql;
        this.probe = new IntakeProbeClient(server.httpPort());
    }

    /** The database of this execution; skips the test when it is not run by a reliability execution of the build. */
    public static Database databaseOfThisRun() {
        String database = System.getProperty("reviewdesk.reliability.database");
        Assumptions.assumeTrue(
                database != null && !database.isBlank(),
                "Reliability tests run only in the build's reliability executions: ./mvnw -Preliability verify");
        return Database.valueOf(database.trim().toUpperCase());
    }

    public static int intSetting(String name, int fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    /** Prepares everything but does not start the server: when it starts is part of what the test measures. */
    public static ReliabilityRun prepare(String name, Database database) {
        return prepare(name, database, Map.of());
    }

    /** As {@link #prepare(String, Database)}, with settings of the application ({@code REVIEWDESK_*}) for this run. */
    public static ReliabilityRun prepare(String name, Database database, Map<String, String> settings) {
        Path workDir = Path.of(setting("reviewdesk.reliability.work-dir"))
                .resolve(name + "-" + database.name().toLowerCase());
        StandaloneServer.deleteRecursively(workDir);
        PrivatePostgresql postgresql = null;
        GreenMail smtp = null;
        try {
            Files.createDirectories(workDir);
            Map<String, String> environment = new HashMap<>();
            if (database == Database.POSTGRESQL) {
                postgresql = PrivatePostgresql.start(
                        Path.of(setting("reviewdesk.reliability.postgresql-script")), workDir.resolve("postgresql"));
                environment.putAll(postgresql.serverEnvironment());
            }
            smtp = smtpOnFreePort();
            environment.put("REVIEWDESK_SMTP_HOST", "127.0.0.1");
            environment.put(
                    "REVIEWDESK_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()));
            // The crash and restart tests file requests for demo reference data and sign in as demo accounts.
            environment.put("REVIEWDESK_DEMO", "true");
            environment.putAll(settings);

            Path ear = workDir.resolve("reviewdesk.ear");
            TestDeployments.withIntakeProbe().as(ZipExporter.class).exportTo(ear.toFile(), true);
            StandaloneServer server = StandaloneServer.prepare(
                    Path.of(setting("reviewdesk.it.server-home")),
                    setting("reviewdesk.it.server-config"),
                    workDir.resolve("server"),
                    intSetting("reviewdesk.reliability.port-offset", 400),
                    setting("reviewdesk.reliability.server-jvm"),
                    environment,
                    ear);
            return new ReliabilityRun(database, server, smtp, postgresql);
        } catch (IOException | RuntimeException e) {
            if (smtp != null) {
                smtp.stop();
            }
            if (postgresql != null) {
                postgresql.close();
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** Starts the server and waits until the application is deployed and the probe answers. */
    public Duration startAndAwaitReady(String prefix) {
        Instant started = Instant.now();
        server.start();
        Instant giveUp = started.plus(STARTUP_PATIENCE);
        while (!probe.responds(prefix)) {
            server.requireAlive();
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("The server did not deploy Review Desk within " + STARTUP_PATIENCE.toMinutes()
                        + " minutes; see " + server.serverLog());
            }
            pause(Duration.ofMillis(500));
        }
        return Duration.between(started, Instant.now());
    }

    /** Polls the probe until the progress of the prefix satisfies the condition; the bound is only a hang guard. */
    public IntakeProbeClient.Progress awaitProgress(
            String prefix,
            String what,
            Duration patience,
            Duration interval,
            Predicate<IntakeProbeClient.Progress> done) {
        Instant giveUp = Instant.now().plus(patience);
        IntakeProbeClient.Progress last = probe.progress(prefix);
        while (!done.test(last)) {
            server.requireAlive();
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError(
                        "Still waiting for " + what + " after " + patience.toSeconds() + " s; last seen: " + last);
            }
            pause(interval);
            last = probe.progress(prefix);
        }
        return last;
    }

    /** Confirmation e-mails the SMTP server received, and how many of them repeat one already received. */
    public record MailCount(int received, int repeats) {}

    public MailCount mailReceived() {
        MimeMessage[] messages = smtp.getReceivedMessages();
        java.util.Set<String> subjects = new java.util.HashSet<>();
        int repeats = 0;
        for (MimeMessage message : messages) {
            try {
                if (!subjects.add(message.getSubject())) {
                    repeats++;
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return new MailCount(messages.length, repeats);
    }

    /** E-mails received whose subject ends with this text, such as a case's tag and " denied". */
    public long mailWithSubjectEnding(String ending) {
        return java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return message.getSubject().endsWith(ending);
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .count();
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            try {
                smtp.stop();
            } finally {
                if (postgresql != null) {
                    postgresql.close();
                }
            }
        }
    }

    public static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse(cpu);
        } catch (IOException | UncheckedIOException e) {
            // Not Linux: the core count still says the most.
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + cpu;
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    public static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    "System property " + name + " is not set; run through the build: ./mvnw -Preliability verify");
        }
        return value;
    }

    /** {@code name}'s directory under the reliability work directory, empty: what an earlier run left is deleted. */
    public static Path emptyWorkDir(String name) throws IOException {
        Path workDir = Path.of(setting("reviewdesk.reliability.work-dir")).resolve(name);
        StandaloneServer.deleteRecursively(workDir);
        Files.createDirectories(workDir);
        return workDir;
    }

    /** A GreenMail SMTP server on a free loopback port, started: the server under test is told its port. */
    public static GreenMail smtpOnFreePort() {
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
