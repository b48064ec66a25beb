package org.reviewdesk.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The WildFly this build provisioned, run the way operations run it ({@code bin/standalone.sh} with the EAR in
 * its deployments folder) but from a base directory of its own and on shifted ports, so that it can be killed
 * without touching a demo server or another test run. The reliability tests kill it hard and start it again on
 * the same base directory: the same database, message journal and transaction log, as after a real crash.
 * <p>
 * Whatever happens to the test, the server does not outlive it: {@link #close()} stops it, and a shutdown hook
 * kills it when the test JVM itself is stopped.
 */
public final class StandaloneServer implements AutoCloseable {

    public static final int HTTP_PORT = 8080;
    public static final int MANAGEMENT_PORT = 9990;
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(60);
    private static final Duration HARD_KILL = Duration.ofSeconds(30);

    private final Path home;
    private final String serverConfig;
    private final Path baseDir;
    private final int portOffset;
    private final String jvmOptions;
    private final Map<String, String> environment;
    private final Thread killOnExit = new Thread(this::killEverything, "kill reliability server on exit");

    private Process launcher;
    private int starts;

    private StandaloneServer(
            Path home,
            String serverConfig,
            Path baseDir,
            int portOffset,
            String jvmOptions,
            Map<String, String> environment) {
        this.home = home;
        this.serverConfig = serverConfig;
        this.baseDir = baseDir;
        this.portOffset = portOffset;
        this.jvmOptions = jvmOptions;
        this.environment = Map.copyOf(environment);
    }

    /**
     * A fresh base directory: the provisioned server's configuration, and the EAR in {@code deployments/} so the
     * deployment scanner deploys it at every start, including the one after a crash.
     */
    public static StandaloneServer prepare(
            Path home,
            String serverConfig,
            Path baseDir,
            int portOffset,
            String jvmOptions,
            Map<String, String> environment,
            Path ear) {
        deleteRecursively(baseDir);
        copyConfiguration(home.resolve("standalone/configuration"), baseDir.resolve("configuration"));
        try {
            Files.createDirectories(baseDir.resolve("deployments"));
            Files.copy(ear, baseDir.resolve("deployments").resolve(ear.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StandaloneServer(home, serverConfig, baseDir, portOffset, jvmOptions, environment);
    }

    /** The same server (base directory, database and all) for its next start with other environment variables. */
    public StandaloneServer withEnvironment(Map<String, String> otherEnvironment) {
        if (isRunning()) {
            throw new IllegalStateException("Stop the server in " + baseDir + " before changing its environment");
        }
        StandaloneServer next =
                new StandaloneServer(home, serverConfig, baseDir, portOffset, jvmOptions, otherEnvironment);
        next.starts = starts;
        return next;
    }

    public int httpPort() {
        return HTTP_PORT + portOffset;
    }

    public Path baseDir() {
        return baseDir;
    }

    public Path serverLog() {
        return baseDir.resolve("log/server.log");
    }

    /** Every line of the server log so far; none before the first start. */
    public List<String> logLines() {
        try {
            return Files.exists(serverLog()) ? Files.readAllLines(serverLog()) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where Review Desk answers on this server. */
    public URL applicationUrl() {
        try {
            return URI.create("http://localhost:" + httpPort() + "/reviewdesk/").toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts {@code standalone.sh} and returns at once; the caller waits for what it needs to be ready. */
    public void start() {
        if (isRunning()) {
            throw new IllegalStateException("The server in " + baseDir + " is already running");
        }
        // A server of someone else on these ports would answer our probes; refuse rather than test the wrong one.
        requireFree(httpPort());
        requireFree(MANAGEMENT_PORT + portOffset);
        starts++;
        ProcessBuilder builder = new ProcessBuilder(
                        home.resolve("bin/standalone.sh").toString(),
                        "--server-config=" + serverConfig,
                        "-Djboss.server.base.dir=" + baseDir,
                        "-Djboss.socket.binding.port-offset=" + portOffset)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        baseDir.resolve("console-" + starts + ".log").toFile()));
        Map<String, String> env = builder.environment();
        // Only what this run chooses reaches the server, whatever the build exported for other test runs.
        env.keySet().removeIf(name -> name.startsWith("REVIEWDESK_"));
        env.putAll(environment);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS", jvmOptions);
        env.remove("LAUNCH_JBOSS_IN_BACKGROUND");
        try {
            launcher = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + home.resolve("bin/standalone.sh"), e);
        }
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** Starts the server and waits until {@code ready} holds; fails fast when it dies, and after {@code patience} (a hang guard). */
    public void startAndAwait(BooleanSupplier ready, Duration patience) {
        start();
        Instant giveUp = Instant.now().plus(patience);
        while (!ready.getAsBoolean()) {
            requireAlive();
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError(
                        "Review Desk did not start within " + patience.toMinutes() + " minutes; see " + serverLog());
            }
            ReliabilityRun.pause(Duration.ofMillis(500));
        }
    }

    public boolean isRunning() {
        return launcher != null && (launcher.isAlive() || serverJvm().isPresent());
    }

    /** The server's own JVM: {@code standalone.sh} is only the shell that launched it. */
    public Optional<ProcessHandle> serverJvm() {
        if (launcher == null) {
            return Optional.empty();
        }
        return launcher.toHandle()
                .descendants()
                .filter(process -> process.info()
                        .command()
                        .map(command -> command.endsWith("/java"))
                        .orElse(false))
                .findFirst();
    }

    /**
     * Runs one management operation on the running server with its own {@code jboss-cli.sh} (signed in as the local
     * user, as an operator on the machine is) and fails unless its outcome is success.
     *
     * @param operation a CLI operation, such as {@code /subsystem=undertow:read-resource}
     * @return what the CLI printed
     */
    public String manage(String operation) {
        ProcessBuilder builder = new ProcessBuilder(
                        home.resolve("bin/jboss-cli.sh").toString(),
                        "--connect",
                        "--controller=remote+http://127.0.0.1:" + (MANAGEMENT_PORT + portOffset),
                        "--command=" + operation)
                .redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        try {
            Process cli = builder.start();
            String printed = new String(cli.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!cli.waitFor(2, TimeUnit.MINUTES)
                    || cli.exitValue() != 0
                    || !printed.contains("\"outcome\" => \"success\"")) {
                throw new IllegalStateException("The management operation " + operation + " failed: " + printed);
            }
            return printed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Fails fast when the server died while the caller was waiting for it. */
    public void requireAlive() {
        if (!isRunning()) {
            throw new IllegalStateException(
                    "The server stopped on its own; see " + baseDir.resolve("console-" + starts + ".log"));
        }
        Path failed = baseDir.resolve("deployments/reviewdesk.ear.failed");
        if (Files.exists(failed)) {
            String reason;
            try {
                reason = Files.readString(failed);
            } catch (IOException e) {
                reason = e.toString();
            }
            throw new IllegalStateException("The deployment failed: " + reason);
        }
    }

    /**
     * {@code kill -9} of the server's JVM: no shutdown hook, no graceful stop of the broker or the transaction
     * manager, the same as a power cut for the processes on this machine (the operating system still writes out
     * what they had written).
     *
     * @return the process ID that was killed
     */
    public long killHard() {
        ProcessHandle jvm = serverJvm().orElseThrow(() -> new IllegalStateException("No server JVM to kill"));
        jvm.destroyForcibly();
        awaitExit(jvm, HARD_KILL);
        if (jvm.isAlive()) {
            throw new IllegalStateException("The server JVM " + jvm.pid() + " survived SIGKILL");
        }
        awaitExit(launcher.toHandle(), HARD_KILL);
        launcher = null;
        Runtime.getRuntime().removeShutdownHook(killOnExit);
        return jvm.pid();
    }

    /** A graceful stop (SIGTERM, which WildFly answers with an orderly shutdown); forced if it does not end in time. */
    public void stop() {
        if (launcher == null) {
            return;
        }
        serverJvm().ifPresent(jvm -> {
            jvm.destroy();
            awaitExit(jvm, GRACEFUL_STOP);
        });
        killEverything();
        awaitExit(launcher.toHandle(), HARD_KILL);
        launcher = null;
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException shuttingDown) {
            // Called from another shutdown hook: ours runs anyway.
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void killEverything() {
        Process shell = launcher;
        if (shell != null) {
            shell.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            shell.destroyForcibly();
        }
    }

    private static void awaitExit(ProcessHandle process, Duration patience) {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillAlive) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // A port our own killed server left in TIME_WAIT is free for the restart; one someone listens on is not.
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException inUse) {
            throw new IllegalStateException(
                    "Port " + port + " is in use: another server runs on this port offset", inUse);
        }
    }

    private static void copyConfiguration(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path relative = from.relativize(source);
                if (relative.startsWith("standalone_xml_history")) {
                    continue;
                }
                Path target = to.resolve(relative);
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> logLinesContaining(Path log, String text) {
        if (!Files.exists(log)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(text)).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of("(could not read " + log + ": " + e + ")");
        }
    }
}
