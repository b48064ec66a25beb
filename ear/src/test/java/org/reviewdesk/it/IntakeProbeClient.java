package org.reviewdesk.it;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** The reliability tests' side of {@link IntakeProbe}: what the tests send and count, over HTTP from outside the server. */
public final class IntakeProbeClient {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(120);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI probe;

    public IntakeProbeClient(int httpPort) {
        this(httpPort, IntakeProbe.PATH);
    }

    /** A client of another probe of the test deployment that answers the same way, such as {@link CorpusProbe}. */
    public IntakeProbeClient(int httpPort, String probePath) {
        this.probe = URI.create("http://127.0.0.1:" + httpPort + "/reviewdesk" + probePath + "/");
    }

    /** {@code POST action?query} to the probe, and its answer. */
    public Properties post(String actionAndQuery) {
        return call(HttpRequest.newBuilder(probe.resolve(actionAndQuery)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** {@code GET action?query} to the probe, and its answer. */
    public Properties get(String actionAndQuery) {
        return call(HttpRequest.newBuilder(probe.resolve(actionAndQuery)).GET());
    }

    /** What intake has made of the requests of one prefix, as counted at one moment. */
    public record Progress(
            long cases,
            Optional<Instant> lastFiledAt,
            long intakeQueue,
            long intakeDeadLetterQueue,
            long mailQueue,
            long inDoubtBrokerTransactions) {}

    /** {@link Progress} plus every way the requests, their receipts and their cases can disagree. */
    public record Audit(
            Progress progress,
            long distinctKeysWithCase,
            long receipts,
            long keysWithSeveralCases,
            String keysWithSeveralCasesExamples,
            long receiptsWithoutCase,
            String receiptsWithoutCaseExamples,
            long casesWithoutReceipt,
            String casesWithoutReceiptExamples,
            long intakeDeadLetters) {}

    /** Puts requests {@code prefix:from} to {@code prefix:from+count-1} on the intake queue, committed together. */
    public void enqueue(String prefix, int from, int count) {
        Properties answer = call(
                HttpRequest.newBuilder(probe.resolve("enqueue?prefix=" + prefix + "&from=" + from + "&count=" + count))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        if (Integer.parseInt(answer.getProperty("enqueued")) != count) {
            throw new IllegalStateException(
                    "The probe enqueued " + answer.getProperty("enqueued") + " instead of " + count);
        }
    }

    public Progress progress(String prefix) {
        return progressOf(call(HttpRequest.newBuilder(probe.resolve("progress?prefix=" + prefix))
                .GET()));
    }

    public Audit audit(String prefix) {
        Properties answer = call(
                HttpRequest.newBuilder(probe.resolve("audit?prefix=" + prefix)).GET());
        return new Audit(
                progressOf(answer),
                number(answer, "distinctKeysWithCase"),
                number(answer, "receipts"),
                number(answer, "keysWithSeveralCases"),
                answer.getProperty("keysWithSeveralCasesExamples"),
                number(answer, "receiptsWithoutCase"),
                answer.getProperty("receiptsWithoutCaseExamples"),
                number(answer, "casesWithoutReceipt"),
                answer.getProperty("casesWithoutReceiptExamples"),
                number(answer, "intakeDeadLetters"));
    }

    /** A supervisor asks the submitter of request {@code prefix:sequence} for documentation; its due time. */
    public Instant askForDocumentation(String prefix, int sequence) {
        return Instant.parse(
                call(HttpRequest.newBuilder(probe.resolve("ask?prefix=" + prefix + "&sequence=" + sequence))
                                .POST(HttpRequest.BodyPublishers.noBody()))
                        .getProperty("dueAt"));
    }

    /** The submitter of request {@code prefix:sequence} answers with a comment. */
    public void answerAsSubmitter(String prefix, int sequence) {
        call(HttpRequest.newBuilder(probe.resolve("answer?prefix=" + prefix + "&sequence=" + sequence))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The case of request {@code prefix:sequence} and its documentation clock. */
    public record Clock(
            String displayId,
            String status,
            String reason,
            String documentation,
            long reminded,
            long lapsed,
            long decided,
            long pendingDeadlines) {}

    public Clock clock(String prefix, int sequence) {
        Properties answer =
                call(HttpRequest.newBuilder(probe.resolve("clock?prefix=" + prefix + "&sequence=" + sequence))
                        .GET());
        return new Clock(
                answer.getProperty("displayId"),
                answer.getProperty("status"),
                answer.getProperty("reason"),
                answer.getProperty("documentation"),
                number(answer, "DOCUMENTATION_REMINDED"),
                number(answer, "DOCUMENTATION_LAPSED"),
                number(answer, "DECIDED"),
                number(answer, "pendingDeadlines"));
    }

    /** Puts generated group requests {@code prefix:from} … (the search benchmark's corpus) on the intake queue. */
    public void generate(String prefix, int from, int count) {
        call(HttpRequest.newBuilder(probe.resolve("generate?prefix=" + prefix + "&from=" + from + "&count=" + count))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Every third generated case from {@code from} gets a comment with a text file from its submitter; how many did. */
    public long converse(String prefix, int from, int count) {
        return number(
                call(HttpRequest.newBuilder(
                                probe.resolve("converse?prefix=" + prefix + "&from=" + from + "&count=" + count))
                        .POST(HttpRequest.BodyPublishers.noBody())),
                "comments");
    }

    public record IndexState(boolean consistent, long cases, long entries, long problems) {}

    public IndexState indexCheck() {
        Properties answer = call(HttpRequest.newBuilder(probe.resolve("index-check?prefix=check"))
                .GET());
        return new IndexState(
                Boolean.parseBoolean(answer.getProperty("consistent")),
                number(answer, "cases"),
                number(answer, "entries"),
                number(answer, "problems"));
    }

    /** How long each query took in the server, in microseconds, in the order given. */
    public long[] searchTimings(List<String> queries) {
        Properties answer = call(HttpRequest.newBuilder(probe.resolve("search-timings?prefix=search"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", queries))));
        return java.util.Arrays.stream(answer.getProperty("micros").split(","))
                .mapToLong(Long::parseLong)
                .toArray();
    }

    public void rebuild() {
        call(HttpRequest.newBuilder(probe.resolve("rebuild?prefix=rebuild")).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public record RebuildState(
            boolean running, long done, long total, String startedAt, String finishedAt, String problem) {}

    public RebuildState rebuildProgress() {
        Properties answer = call(
                HttpRequest.newBuilder(probe.resolve("rebuild?prefix=rebuild")).GET());
        return new RebuildState(
                Boolean.parseBoolean(answer.getProperty("running")),
                number(answer, "done"),
                number(answer, "total"),
                answer.getProperty("startedAt"),
                answer.getProperty("finishedAt"),
                answer.getProperty("problem"));
    }

    /** True once the application is deployed and answers; false while the server is starting (or gone). */
    public boolean responds(String prefix) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(probe.resolve("progress?prefix=" + prefix))
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (ConnectException | HttpTimeoutException notYet) {
            return false;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Properties call(HttpRequest.Builder request) {
        return call(http, request.timeout(CALL_TIMEOUT));
    }

    /** Sends a probe request and reads its {@code name=value} answer; anything but 200 is an error. */
    public static Properties call(HttpClient http, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            Properties answer = new Properties();
            answer.load(new StringReader(response.body()));
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Progress progressOf(Properties answer) {
        String lastFiled = answer.getProperty("lastFiledAt", "");
        return new Progress(
                number(answer, "cases"),
                lastFiled.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(lastFiled)),
                number(answer, "intakeQueue"),
                number(answer, "intakeDeadLetterQueue"),
                number(answer, "mailQueue"),
                number(answer, "inDoubtBrokerTransactions"));
    }

    private static long number(Properties answer, String name) {
        String value = answer.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("The probe's answer has no " + name + ": " + answer);
        }
        return Long.parseLong(value.trim());
    }
}
