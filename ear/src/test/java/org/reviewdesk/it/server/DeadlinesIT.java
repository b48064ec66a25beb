package org.reviewdesk.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reviewdesk.it.Eventually;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.operations.DeadLetter;
import org.reviewdesk.operations.DeadLetterQueue;
import org.reviewdesk.operations.DeadLetters;
import org.reviewdesk.scheduling.Deadline;
import org.reviewdesk.scheduling.Deadlines;

/**
 * Deadlines that cannot be lost or jammed (issue 11 §4): a deadline whose handler keeps failing is
 * tried again and then waits on the administrator's dead-letter screen with the reason, from where it
 * is retried; one of many is cancelled by its own handle and exactly that one never fires; and
 * deadlines are scheduled, cancelled and listed while another one's handler is still running.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("server")
class DeadlinesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return TestDeployments.addToEjbModule(
                TestDeployments.withTests(DeadlinesIT.class), DeadlineRecorder.class, FailingDeadlineHandler.class);
    }

    @EJB
    Deadlines deadlines;

    @EJB
    DeadLetters deadLetters;

    @Inject
    DeadlineRecorder fired;

    @Inject
    FailingDeadlineHandler handler;

    @AfterEach
    void restoreTheRetrySettings() {
        System.clearProperty("reviewdesk.deadline-attempts");
        System.clearProperty("reviewdesk.deadline-retry-delay");
    }

    @Test
    void aDeadlineWhoseHandlerKeepsFailingIsRetriedThenShownOnTheDeadLetterScreenWithItsReasonAndRetriedFromThere() {
        System.setProperty("reviewdesk.deadline-attempts", "3");
        System.setProperty("reviewdesk.deadline-retry-delay", "PT1S");
        String subject = "failing-" + UUID.randomUUID();

        DeadLetter dead = deadLetterOfABrokenHandler(subject);
        assertEquals(3, handler.attemptsOf(subject), "tried three times (the setting), then given up");
        assertEquals(DeadLetterQueue.DEADLINES, dead.queue());
        assertTrue(
                dead.reason().contains("The handler of " + subject + " is broken"),
                "the reason is the handler's: " + dead.reason());
        assertTrue(dead.reason().contains("failed 3 times"), dead.reason());
        assertTrue(dead.excerpt().contains(FailingDeadlineHandler.FAILING + " of " + subject), dead.excerpt());
        assertTrue(
                deadlines.pending().stream()
                        .anyMatch(deadline -> deadline.subject().equals(subject)),
                "a failed deadline is still pending: nothing schedules it again behind the administrator's back");

        handler.repair(subject);
        assertTrue(deadLetters.retry(DeadLetterQueue.DEADLINES, dead.messageId()));

        Eventually.await("the retried deadline to be handled", () -> handler.attemptsOf(subject), n -> n == 4);
        Eventually.await(
                "the handled deadline to leave the screen and the pending list",
                () -> deadLetterOf(subject).isPresent()
                        || deadlines.pending().stream()
                                .anyMatch(deadline -> deadline.subject().equals(subject)),
                stillThere -> !stillThere);
        assertEquals(4, handler.attemptsOf(subject));
        assertFalse(
                deadLetters.retry(DeadLetterQueue.DEADLINES, dead.messageId()),
                "a handled deadline is not retried again");
    }

    @Test
    void aFailedDeadlineThatIsDiscardedNeverActs() {
        System.setProperty("reviewdesk.deadline-attempts", "1");
        String subject = "discarded-" + UUID.randomUUID();
        DeadLetter dead = deadLetterOfABrokenHandler(subject);

        assertTrue(deadLetters.discard(DeadLetterQueue.DEADLINES, dead.messageId()));

        assertFalse(deadLetterOf(subject).isPresent());
        assertTrue(deadlines.pending().stream()
                .noneMatch(deadline -> deadline.subject().equals(subject)));
        assertFalse(
                deadLetters.retry(DeadLetterQueue.DEADLINES, dead.messageId()),
                "a discarded deadline cannot be retried");
        assertEquals(1, handler.attemptsOf(subject));
    }

    @Test
    void cancellingOneOfManyDeadlinesCancelsExactlyThatOne() {
        String batch = "many-" + UUID.randomUUID();
        // Late enough that all are still pending when the test looks, however busy the machine.
        Instant due = Instant.now().plusSeconds(15).truncatedTo(ChronoUnit.SECONDS);
        List<String> subjects =
                IntStream.range(0, 30).mapToObj(i -> batch + "-" + i).toList();
        subjects.forEach(subject -> deadlines.schedule(new Deadline("it-many", subject, due)));
        String cancelled = subjects.get(17);

        assertTrue(deadlines.cancel("it-many", cancelled));
        assertFalse(deadlines.cancel("it-many", cancelled), "it is cancelled once");
        assertFalse(deadlines.cancel("it-other-kind", subjects.get(3)), "a deadline is named by its kind and subject");

        Set<String> pending = deadlines.pending().stream()
                .map(Deadline::subject)
                .filter(s -> s.startsWith(batch))
                .collect(Collectors.toSet());
        assertEquals(29, pending.size());
        assertFalse(pending.contains(cancelled));
        // The others fall due at the same moment; once every one of them fired, the cancelled one would have too.
        for (String subject : subjects) {
            if (!subject.equals(cancelled)) {
                Eventually.await(
                        "deadline " + subject + " to fire",
                        () -> fired.reachedFor(subject).size(),
                        n -> n == 1);
            }
        }
        assertTrue(fired.reachedFor(cancelled).isEmpty(), "the cancelled deadline fired");
        // A handled deadline leaves the pending list when its handler's transaction commits, just after the event.
        Eventually.await(
                "the handled deadlines to leave the pending list",
                () -> deadlines.pending().stream()
                        .anyMatch(deadline -> deadline.subject().startsWith(batch)),
                stillPending -> !stillPending);
    }

    @Test
    void deadlinesAreScheduledCancelledAndListedWhileAnotherOnesHandlerIsStillRunning() throws InterruptedException {
        String slow = "slow-" + UUID.randomUUID();
        String other = "other-" + UUID.randomUUID();
        deadlines.schedule(
                new Deadline(FailingDeadlineHandler.SLOW, slow, Instant.now().plusSeconds(1)));
        handler.awaitRunning(slow);
        try {
            // Behind one lock these would wait for the running handler (and give up after the lock's timeout).
            deadlines.schedule(new Deadline("it-while", other, Instant.now().plus(1, ChronoUnit.HOURS)));
            assertTrue(deadlines.pending().stream()
                    .anyMatch(deadline -> deadline.subject().equals(other)));
            assertTrue(deadlines.cancel("it-while", other));
            assertTrue(deadlines.pending().stream()
                    .noneMatch(deadline -> deadline.subject().equals(other)));
        } finally {
            handler.letFinish(slow);
        }
        Eventually.await(
                "the slow deadline to be done",
                () -> deadlines.pending().stream().anyMatch(d -> d.subject().equals(slow)),
                stillPending -> !stillPending);
    }

    /** A deadline due in a second whose handler fails for {@code subject}, once it shows on the dead-letter screen. */
    private DeadLetter deadLetterOfABrokenHandler(String subject) {
        handler.breakFor(subject);
        deadlines.schedule(new Deadline(
                FailingDeadlineHandler.FAILING, subject, Instant.now().plusSeconds(1)));
        return Eventually.await(
                        "the failed deadline on the dead-letter screen",
                        () -> deadLetterOf(subject),
                        Optional::isPresent)
                .orElseThrow();
    }

    private Optional<DeadLetter> deadLetterOf(String subject) {
        return deadLetters.list(DeadLetterQueue.DEADLINES).stream()
                .filter(letter -> letter.excerpt().contains(subject))
                .findFirst();
    }
}
