package org.reviewdesk.it.benchmark;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Properties;

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
        return call(HttpRequest.newBuilder(probe.resolve(call)).GET());
    }

    Properties post(String call) {
        return call(HttpRequest.newBuilder(probe.resolve(call)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private Properties call(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(CALL_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
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
}
