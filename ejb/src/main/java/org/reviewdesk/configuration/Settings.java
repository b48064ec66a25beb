package org.reviewdesk.configuration;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Deployment settings of Review Desk. Each one is read from a system property
 * ({@code reviewdesk.public-url}) or, failing that, from the environment
 * ({@code REVIEWDESK_PUBLIC_URL}), so hosts and secrets never live in the code.
 */
@ApplicationScoped
public class Settings {

    /** Where users reach the application; used in the ready message and in links sent by e-mail. */
    public String publicUrl() {
        String url = value("public-url").orElseGet(this::localUrl);
        return url.endsWith("/") ? url : url + "/";
    }

    /** Whether demo accounts are created on an empty database. On by default; turn off in production. */
    public boolean createsDemoData() {
        return value("demo-data").map(Boolean::parseBoolean).orElse(true);
    }

    /** Root of the files Review Desk keeps outside the database (search index, attachment store). */
    public Path dataDirectory() {
        return value("data-dir").map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "data"), "reviewdesk"));
    }

    /** Whether replies to notifications are read from a mailbox: only when one is configured. */
    public boolean readsInbox() {
        return value("imap-host").isPresent();
    }

    /** How often the mailbox is read; 0 leaves it to whoever calls the inbox (the tests). */
    public int inboxPollSeconds() {
        return value("inbox-poll-seconds").map(Integer::parseInt).orElse(60);
    }

    private String localUrl() {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        int port = Integer.getInteger("jboss.http.port", 8080) + offset;
        return "http://localhost:" + port + "/reviewdesk/";
    }

    private static Optional<String> value(String name) {
        String property = System.getProperty("reviewdesk." + name);
        if (property != null && !property.isBlank()) {
            return Optional.of(property.trim());
        }
        String environment = System.getenv("REVIEWDESK_" + name.replace('-', '_').toUpperCase());
        if (environment != null && !environment.isBlank()) {
            return Optional.of(environment.trim());
        }
        return Optional.empty();
    }
}
