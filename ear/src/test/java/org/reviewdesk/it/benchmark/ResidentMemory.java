package org.reviewdesk.it.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.reviewdesk.it.StandaloneServer;

/**
 * The server JVM's resident memory ({@code VmRSS} of {@code /proc/<pid>/status}), sampled every
 * {@value #SAMPLE_MILLIS} ms while some work runs: the most it held is what the machine had to give it.
 */
final class ResidentMemory {

    private static final long SAMPLE_MILLIS = 200;

    private ResidentMemory() {}

    /** Runs {@code work} and answers the largest resident set of the server's JVM meanwhile, in kB. */
    static long peakKilobytesDuring(StandaloneServer server, Runnable work) {
        Path status = Path.of(
                "/proc",
                Long.toString(server.serverJvm()
                        .orElseThrow(() -> new IllegalStateException("The server is not running"))
                        .pid()),
                "status");
        AtomicLong peak = new AtomicLong(kilobytes(status));
        Thread sampler = Thread.ofVirtual().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(kilobytes(status), Math::max);
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try {
            work.run();
        } finally {
            sampler.interrupt();
        }
        return Math.max(peak.get(), kilobytes(status));
    }

    private static long kilobytes(Path status) {
        try {
            return Files.readAllLines(status).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.replaceAll("[^0-9]", ""))
                    .mapToLong(Long::parseLong)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(status + " has no VmRSS line"));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + status + ": resident memory is measured on Linux", e);
        }
    }
}
