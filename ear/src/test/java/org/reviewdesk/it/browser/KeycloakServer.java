package org.reviewdesk.it.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A real Keycloak for the OpenID Connect test: the distribution the {@code oidc} profile unpacked
 * (ear/pom.xml), started in dev mode on the port the build reserved, with the test realm
 * {@code oidc/reviewdesk-realm.json} imported into a fresh database, and stopped after the test.
 */
final class KeycloakServer {

    private static final Logger LOG = Logger.getLogger(KeycloakServer.class.getName());
    /** Start-up on the 2-core test machine took 60-130 s (docs/operations.md); this only stops a broken start from hanging. */
    private static final Duration START_PATIENCE = Duration.ofMinutes(6);

    static final String REALM = "reviewdesk";

    private static KeycloakServer running;

    private final Path home = Path.of(System.getProperty("reviewdesk.it.keycloak-home"));
    private final int port = Integer.getInteger("reviewdesk.it.keycloak-port");
    private Process process;

    private KeycloakServer() {}

    /** The one Keycloak of this test run, started at the first call. */
    static synchronized KeycloakServer started() {
        if (running == null) {
            KeycloakServer server = new KeycloakServer();
            server.start();
            running = server;
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return running;
    }

    static synchronized void stopIfStarted() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }

    /** Where the browser and the application reach the realm: the issuer, REVIEWDESK_OIDC_PROVIDER_URL. */
    String realmUrl() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    private void start() {
        try {
            deleteTree(home.resolve("data"));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            try (InputStream realm = KeycloakServer.class.getResourceAsStream("/oidc/reviewdesk-realm.json")) {
                Files.copy(realm, imports.resolve("reviewdesk-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            Path log = home.resolve("keycloak-test.log");
            ProcessBuilder builder = new ProcessBuilder(List.of(
                            home.resolve("bin/kc.sh").toString(),
                            "start-dev",
                            "--http-port=" + port,
                            "--http-host=127.0.0.1",
                            "--import-realm"))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("reviewdesk.it.keycloak-java"));
            Instant begun = Instant.now();
            process = builder.start();
            awaitRealm(log);
            LOG.info(() -> "Keycloak started on port " + port + " in "
                    + Duration.between(begun, Instant.now()).toSeconds() + " s");
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak could not be started from " + home, e);
        }
    }

    private void awaitRealm(Path log) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                .GET()
                .build();
        Instant giveUp = Instant.now().plus(START_PATIENCE);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see " + log);
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (Instant.now().isAfter(giveUp)) {
                stop();
                throw new IllegalStateException(
                        "Keycloak did not serve realm " + REALM + " within " + START_PATIENCE + "; see " + log);
            }
            sleep();
        }
    }

    private void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
