package org.reviewdesk.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of its own for one reliability test, started and removed by the build's
 * {@code src/test/postgresql/cluster.sh} on a free port. It outlives the server the test kills, as a production
 * database outlives a crashed application server; a shutdown hook removes it if the test JVM is stopped.
 */
public final class PrivatePostgresql implements AutoCloseable {

    private final Path script;
    private final Path stateDir;
    private final int port;
    private final Thread removeOnExit;

    private PrivatePostgresql(Path script, Path stateDir, int port) {
        this.script = script;
        this.stateDir = stateDir;
        this.port = port;
        this.removeOnExit = new Thread(this::remove, "remove reliability PostgreSQL on exit");
    }

    public static PrivatePostgresql start(Path script, Path stateDir) {
        PrivatePostgresql cluster = new PrivatePostgresql(script, stateDir, freePort());
        Runtime.getRuntime().addShutdownHook(cluster.removeOnExit);
        cluster.run(List.of("start", stateDir.toString(), Integer.toString(cluster.port)));
        return cluster;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/reviewdesk";
    }

    /** What {@code docs/operations.md} tells operations to set for PostgreSQL. */
    public java.util.Map<String, String> serverEnvironment() {
        return java.util.Map.of(
                "REVIEWDESK_DB_DRIVER", "postgresql",
                "REVIEWDESK_DB_URL", jdbcUrl(),
                "REVIEWDESK_DB_USER", "reviewdesk",
                "REVIEWDESK_DB_PASSWORD", "reviewdesk");
    }

    @Override
    public void close() {
        remove();
        try {
            Runtime.getRuntime().removeShutdownHook(removeOnExit);
        } catch (IllegalStateException shuttingDown) {
            // Already removing it from the hook.
        }
    }

    private void remove() {
        run(List.of("stop", stateDir.toString()));
    }

    private void run(List<String> arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("bash", script.toString()));
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in 120 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        String.join(" ", command) + " failed with exit code " + process.exitValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + String.join(" ", command), e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
