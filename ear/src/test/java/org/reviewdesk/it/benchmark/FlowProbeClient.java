package org.reviewdesk.it.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Properties;
import org.reviewdesk.it.IntakeProbeClient;

/** The benchmark's side of {@link FlowProbe}: its calls over HTTP from outside the server, and their answers. */
final class FlowProbeClient {

    /** Only a hang guard: a queue measurement at 100,000 cases runs for minutes. */
    private static final Duration CALL_TIMEOUT = Duration.ofMinutes(30);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI probe;

    FlowProbeClient(int httpPort) {
        this.probe = URI.create("http://127.0.0.1:" + httpPort + "/reviewdesk" + FlowProbe.PATH + "/");
    }

    Properties get(String call) {
        return IntakeProbeClient.call(
                http,
                HttpRequest.newBuilder(probe.resolve(call))
                        .timeout(CALL_TIMEOUT)
                        .GET());
    }

    Properties post(String call) {
        return IntakeProbeClient.call(
                http,
                HttpRequest.newBuilder(probe.resolve(call))
                        .timeout(CALL_TIMEOUT)
                        .POST(HttpRequest.BodyPublishers.noBody()));
    }
}
