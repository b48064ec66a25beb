package org.reviewdesk.configuration;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
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

    /**
     * Whether this server is a demonstration ({@code reviewdesk.demo}, {@code REVIEWDESK_DEMO=true}; README's run
     * command sets it): demo accounts with the published password, demo windows and reference data on an empty
     * database, and the password on the sign-in page. Off unless set, so that no deployment ever has an account a
     * stranger knows the password of by accident (DESIGN §8).
     */
    public boolean demoMode() {
        return value("demo")
                .map(text -> switch (text.toLowerCase(Locale.ROOT)) {
                    case "true" -> true;
                    case "false" -> false;
                    default ->
                        throw new IllegalStateException(
                                "Setting reviewdesk.demo (REVIEWDESK_DEMO) must be true or false, not " + text);
                })
                .orElse(false);
    }

    /**
     * Whether the demo also files its demo cases ({@code reviewdesk.demo-cases}, {@code REVIEWDESK_DEMO_CASES=true}; README's
     * run command sets it): about 60 cases with attachments, conversations, documentation requests and decisions on the
     * first start of an empty database. Only in {@link #demoMode()}; off unless set, so that the integration tests' demo
     * servers, which count their own cases, start without them.
     */
    public boolean demoCases() {
        return demoMode()
                && value("demo-cases")
                        .map(text -> switch (text.toLowerCase(Locale.ROOT)) {
                            case "true" -> true;
                            case "false" -> false;
                            default ->
                                throw new IllegalStateException(
                                        "Setting reviewdesk.demo-cases (REVIEWDESK_DEMO_CASES) must be true or false, not "
                                                + text);
                        })
                        .orElse(false);
    }

    /**
     * The user name of the first administrator, created on the first start of an empty database outside demo mode
     * ({@code REVIEWDESK_ADMIN_USER}, with {@link #adminEmail()} and optionally {@link #adminName()}).
     */
    public Optional<String> adminUser() {
        return value("admin-user");
    }

    /** The e-mail address of the first administrator ({@code REVIEWDESK_ADMIN_EMAIL}). */
    public Optional<String> adminEmail() {
        return value("admin-email");
    }

    /** The full name of the first administrator ({@code REVIEWDESK_ADMIN_NAME}); the user name when not set. */
    public Optional<String> adminName() {
        return value("admin-name");
    }

    /**
     * How long the first administrator's set-password link, written to the server log, works
     * ({@code REVIEWDESK_ADMIN_LINK_VALIDITY}, ISO-8601, {@code PT24H} by default).
     */
    public Duration adminLinkValidity() {
        return value("admin-link-validity")
                .map(text -> positiveDuration("admin-link-validity", text))
                .orElse(Duration.ofHours(24));
    }

    /** Root of the files Review Desk keeps outside the database (search index, attachment store). */
    public Path dataDirectory() {
        return value("data-dir")
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "data"), "reviewdesk"));
    }

    /**
     * Whether mail is sent: only when an SMTP server is configured ({@code REVIEWDESK_SMTP_HOST}, the host the mail
     * session of {@code wildfly-config/30-mail.cli} connects to). Without one (the demo), every e-mail is kept in the
     * mail log as not sent, to be read there, instead of failing its attempts into a dead-letter queue. The value
     * {@code none} says the same explicitly, and as the system property {@code reviewdesk.smtp-host} it overrides the
     * environment while the server runs (read at every e-mail).
     */
    public boolean sendsMail() {
        return value("smtp-host").filter(host -> !host.equalsIgnoreCase("none")).isPresent();
    }

    /** Whether replies to notifications are read from a mailbox: only when one is configured. */
    public boolean readsInbox() {
        return value("imap-host").isPresent();
    }

    /**
     * The address replies to notifications go to, such as {@code replies@reviewdesk.example.org}: the
     * mailbox the inbox reads. Each notification's Reply-To is this address with the recipient's own
     * token after a {@code +} ({@code replies+<token>@reviewdesk.example.org}, DESIGN §10). Without it,
     * notifications carry no reply address and no reply can be filed.
     */
    public Optional<String> replyAddress() {
        return value("reply-address");
    }

    /** How often the mailbox is read; 0 leaves it to whoever calls the inbox (the tests). */
    public int inboxPollSeconds() {
        return value("inbox-poll-seconds").map(Integer::parseInt).orElse(60);
    }

    /**
     * How long a submitter has to answer a documentation request (DESIGN §3: 30 days). An ISO-8601
     * duration ({@code P30D}, or {@code PT2M} for a demonstration); read at every request, so an
     * operator's change applies to the next one.
     */
    public Duration documentationPeriod() {
        return value("documentation-period")
                .map(text -> positiveDuration("documentation-period", text))
                .orElse(Duration.ofDays(30));
    }

    /** How long before a documentation request lapses the reminder goes out ({@code P5D} by default). */
    public Duration documentationReminderLead() {
        return value("documentation-reminder")
                .map(text -> positiveDuration("documentation-reminder", text))
                .orElse(Duration.ofDays(5));
    }

    /** How long a case may stay in review before its queues show it as overdue ({@code P60D} by default). */
    public Duration reviewTarget() {
        return value("review-target")
                .map(text -> positiveDuration("review-target", text))
                .orElse(Duration.ofDays(60));
    }

    /** How long a password-reset link works ({@code PT1H} by default): long enough to read the mail, short if it leaks. */
    public Duration passwordResetValidity() {
        return value("password-reset-validity")
                .map(text -> positiveDuration("password-reset-validity", text))
                .orElse(Duration.ofHours(1));
    }

    /** How long the link that confirms a new e-mail address works ({@code P1D} by default). */
    public Duration emailConfirmationValidity() {
        return value("email-confirmation-validity")
                .map(text -> positiveDuration("email-confirmation-validity", text))
                .orElse(Duration.ofDays(1));
    }

    /**
     * How long Tika may spend reading one file before its reader process is killed and the file marked as unreadable
     * ({@code PT60S} by default).
     */
    public Duration extractionTimeLimit() {
        return value("extraction-time-limit")
                .map(text -> positiveDuration("extraction-time-limit", text))
                .orElse(Duration.ofSeconds(60));
    }

    /**
     * Where the text reader's jars are ({@code reviewdesk.extraction-home}): the directory the build provisions into
     * the server, {@code tika/} in its home, by default. Tika's parsers run from there in child processes, never in the
     * server's JVM (docs/search.md, "Extraction").
     */
    public Path extractionHome() {
        return value("extraction-home")
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.home.dir", "."), "tika"));
    }

    /** The heap of each text reader process ({@code reviewdesk.extraction-heap}, a JVM size, {@code 512m} by default). */
    public String extractionHeap() {
        return value("extraction-heap").orElse("512m");
    }

    /** How many text reader processes read files at once ({@code reviewdesk.extraction-readers}, 2 by default). */
    public int extractionReaders() {
        return value("extraction-readers")
                .map(text -> wholeNumber("extraction-readers", text, 1))
                .orElse(2);
    }

    /**
     * After how many files a text reader process is replaced by a fresh one ({@code reviewdesk.extraction-files-per-reader},
     * 10,000 by default): a parser that leaks a little memory with each file never adds up to a crash. Not fewer: a
     * fresh reader is a cold JVM, which read the benchmark's files at 65 a second against 250 to 330 once warm, so a
     * reader replaced every 500 files spent most of its life warming up.
     */
    public int extractionFilesPerReader() {
        return value("extraction-files-per-reader")
                .map(text -> wholeNumber("extraction-files-per-reader", text, 1))
                .orElse(10_000);
    }

    /**
     * How many times a deadline whose handler fails is attempted before it waits on the dead-letter
     * screen ({@code reviewdesk.deadline-attempts}, 5 by default).
     */
    public int deadlineAttempts() {
        return value("deadline-attempts")
                .map(text -> wholeNumber("deadline-attempts", text, 1))
                .orElse(5);
    }

    /**
     * How long after its first failure a deadline is attempted again; the wait doubles after each
     * further failure ({@code reviewdesk.deadline-retry-delay}, ISO-8601, one minute by default).
     */
    public Duration deadlineRetryDelay() {
        return value("deadline-retry-delay")
                .map(text -> positiveDuration("deadline-retry-delay", text))
                .orElse(Duration.ofMinutes(1));
    }

    /**
     * How long an API token works when the administrator issuing it chooses no day
     * ({@code reviewdesk.api-token-lifetime}, ISO-8601, {@code P365D} by default, at most two years).
     */
    public Duration apiTokenLifetime() {
        Duration lifetime = value("api-token-lifetime")
                .map(text -> positiveDuration("api-token-lifetime", text))
                .orElse(Duration.ofDays(365));
        if (lifetime.compareTo(Duration.ofDays(731)) > 0) {
            throw new IllegalStateException(
                    "Setting reviewdesk.api-token-lifetime must be at most two years (P730D), not " + lifetime);
        }
        return lifetime;
    }

    /**
     * How many failed sign-ins in a row one user name may have before each further try waits
     * ({@code reviewdesk.sign-in-free-failures}, 5 by default; docs/operations.md, "Sign-in throttling and sessions").
     */
    public int signInFreeFailures() {
        return value("sign-in-free-failures")
                .map(text -> wholeNumber("sign-in-free-failures", text, 0))
                .orElse(5);
    }

    /**
     * How many failed sign-ins in a row one client address may have before each further try from it waits
     * ({@code reviewdesk.sign-in-free-failures-per-address}, 20 by default: several people may share an address).
     */
    public int signInFreeFailuresPerAddress() {
        return value("sign-in-free-failures-per-address")
                .map(text -> wholeNumber("sign-in-free-failures-per-address", text, 0))
                .orElse(20);
    }

    /** The first wait after the free failures; it doubles with each further failure ({@code PT1S} by default). */
    public Duration signInFirstDelay() {
        return value("sign-in-first-delay")
                .map(text -> positiveDuration("sign-in-first-delay", text))
                .orElse(Duration.ofSeconds(1));
    }

    /** The longest a sign-in ever waits, however many failures came before ({@code PT15M} by default). */
    public Duration signInDelayCap() {
        return value("sign-in-delay-cap")
                .map(text -> positiveDuration("sign-in-delay-cap", text))
                .orElse(Duration.ofMinutes(15));
    }

    /** How long after the last failure a user name's or address's failures are forgotten ({@code P1D} by default). */
    public Duration signInForgetAfter() {
        return value("sign-in-forget-after")
                .map(text -> positiveDuration("sign-in-forget-after", text))
                .orElse(Duration.ofDays(1));
    }

    /** How long a signed-in session may stay unused before it ends ({@code PT30M} by default). */
    public Duration sessionIdleTimeout() {
        return value("session-idle-timeout")
                .map(text -> positiveDuration("session-idle-timeout", text))
                .orElse(Duration.ofMinutes(30));
    }

    /**
     * How long a session lasts after sign-in however busy it is ({@code PT12H} by default): the next request after it
     * goes to the sign-in page.
     */
    public Duration sessionLifetime() {
        return value("session-lifetime")
                .map(text -> positiveDuration("session-lifetime", text))
                .orElse(Duration.ofHours(12));
    }

    private static int wholeNumber(String name, String text, int minimum) {
        try {
            int number = Integer.parseInt(text);
            if (number >= minimum) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalStateException(
                "Setting reviewdesk." + name + " must be a whole number of at least " + minimum + ", not " + text);
    }

    /**
     * How long the one-time link of an invitation (mailed, or shown to the administrator who created the account)
     * lets its holder choose a password ({@code reviewdesk.invitation-validity}, ISO-8601, {@code PT72H} by default).
     */
    public Duration invitationValidity() {
        return value("invitation-validity")
                .map(text -> positiveDuration("invitation-validity", text))
                .orElse(Duration.ofHours(72));
    }

    private static Duration positiveDuration(String name, String text) {
        try {
            Duration duration = Duration.parse(text);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalStateException(
                        "Setting reviewdesk." + name + " must be a positive duration, not " + text);
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(
                    "Setting reviewdesk." + name + " must be an ISO-8601 duration such as P30D, not " + text, e);
        }
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
        String environment =
                System.getenv("REVIEWDESK_" + name.replace('-', '_').toUpperCase());
        if (environment != null && !environment.isBlank()) {
            return Optional.of(environment.trim());
        }
        return Optional.empty();
    }
}
