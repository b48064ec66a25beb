package org.reviewdesk.it.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.reviewdesk.scheduling.DeadlineReached;

/**
 * Test observer, deployed in the EJB module: the handler of the test deadline kinds. One of kind
 * {@link #FAILING} fails while its subject is broken, like a handler whose database write is refused;
 * one of kind {@link #SLOW} waits until the test lets it finish, so the test can act while it runs.
 */
@ApplicationScoped
public class FailingDeadlineHandler {

    static final String FAILING = "it-failing";
    static final String SLOW = "it-slow";

    private final Set<String> broken = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> started = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> release = new ConcurrentHashMap<>();

    public void handle(@Observes DeadlineReached reached) throws InterruptedException {
        String subject = reached.deadline().subject();
        if (FAILING.equals(reached.deadline().kind())) {
            attempts.computeIfAbsent(subject, s -> new AtomicInteger()).incrementAndGet();
            if (broken.contains(subject)) {
                throw new IllegalStateException("The handler of " + subject + " is broken");
            }
        } else if (SLOW.equals(reached.deadline().kind())) {
            startedOf(subject).countDown();
            // Bounded, so a failed test never leaves a timer thread waiting for good.
            releaseOf(subject).await(2, TimeUnit.MINUTES);
        }
    }

    public void breakFor(String subject) {
        broken.add(subject);
    }

    public void repair(String subject) {
        broken.remove(subject);
    }

    public int attemptsOf(String subject) {
        AtomicInteger count = attempts.get(subject);
        return count == null ? 0 : count.get();
    }

    /** Waits until the slow deadline's handler is running. */
    public void awaitRunning(String subject) throws InterruptedException {
        if (!startedOf(subject).await(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The deadline " + subject + " never fired");
        }
    }

    public void letFinish(String subject) {
        releaseOf(subject).countDown();
    }

    private CountDownLatch startedOf(String subject) {
        return started.computeIfAbsent(subject, s -> new CountDownLatch(1));
    }

    private CountDownLatch releaseOf(String subject) {
        return release.computeIfAbsent(subject, s -> new CountDownLatch(1));
    }
}
