package org.reviewdesk.it.standalone;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reviewdesk.it.IntakeProbeClient;
import org.reviewdesk.it.ReliabilityRun;
import org.reviewdesk.it.StandaloneServer;

/**
 * A burst of intake requests survives a crash of the server: every request becomes exactly one case, although
 * the server's JVM is killed with SIGKILL while it is filing them (docs/reliability.md explains why this holds).
 * <p>
 * Runs only in the reliability executions of the build ({@code ./mvnw -Preliability verify}), once per database,
 * against a real WildFly started from {@code bin/standalone.sh} on its own base directory and port offset. It
 * prints what it measured; how long things take is reported, never asserted.
 */
@Tag("own-server")
@Tag("crash")
class IntakeCrashIT {

    private static final int REQUESTS = ReliabilityRun.intSetting("reviewdesk.reliability.requests", 2000);
    private static final int BATCH = 100;
    /** Cases filed before the kill: enough that the consumers are at full speed, few enough that most work is left. */
    private static final int KILL_AFTER = ReliabilityRun.intSetting("reviewdesk.reliability.kill-after", REQUESTS / 4);
    /**
     * How long an empty queue must stay empty before the test stops waiting for missing cases. Longer than the
     * transaction manager's periodic recovery (every 2 minutes), which settles a message that was in a prepared
     * transaction when the server died, so a late message is not mistaken for a lost one.
     */
    private static final Duration SETTLE = Duration.ofSeconds(150);

    private static final Duration HANG_GUARD = Duration.ofMinutes(20);

    @Test
    void everyRequestOfABurstBecomesExactlyOneCaseWhenTheServerIsKilledWhileFilingThem() {
        ReliabilityRun.Database database = ReliabilityRun.databaseOfThisRun();
        String prefix = "crash-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        try (ReliabilityRun run = ReliabilityRun.prepare("crash", database)) {
            Duration firstStart = run.startAndAwaitReady(prefix);

            Instant enqueueStarted = Instant.now();
            for (int from = 0; from < REQUESTS; from += BATCH) {
                run.probe.enqueue(prefix, from, Math.min(BATCH, REQUESTS - from));
            }
            Duration enqueueing = Duration.between(enqueueStarted, Instant.now());
            IntakeProbeClient.Progress lastSeen = run.awaitProgress(
                    prefix,
                    KILL_AFTER + " cases before the kill",
                    HANG_GUARD,
                    Duration.ofMillis(50),
                    progress -> progress.cases() >= KILL_AFTER);

            long killedPid = run.server.killHard();
            Instant killedAt = Instant.now();
            Duration sendingToKill = Duration.between(enqueueStarted, killedAt);
            assertTrue(
                    lastSeen.cases() < REQUESTS,
                    "The burst was filed completely before the kill (" + lastSeen
                            + "); send more requests (-Dreviewdesk.reliability.requests) or kill earlier (-Dreviewdesk.reliability.kill-after)");

            Duration restart = run.startAndAwaitReady(prefix);
            IntakeProbeClient.Progress afterRestart = run.probe.progress(prefix);
            Recovery recovery = new Recovery(Instant.now(), afterRestart.inDoubtBrokerTransactions());
            IntakeProbeClient.Progress drained = awaitDrained(run, prefix, recovery);
            Duration killToLastCase = drained.lastFiledAt()
                    .map(last -> Duration.between(killedAt, last))
                    .orElse(Duration.ZERO);
            run.awaitProgress(
                    prefix,
                    "the confirmation e-mails sent",
                    HANG_GUARD,
                    Duration.ofSeconds(1),
                    progress -> progress.mailQueue() == 0);
            IntakeProbeClient.Audit audit = run.probe.audit(prefix);
            ReliabilityRun.MailCount mail = run.mailReceived();
            List<String> recoveryWarnings = StandaloneServer.logLinesContaining(run.server.serverLog(), "ARJUNA");
            // Artemis logs each broker transaction that was neither prepared nor committed when the server died.
            int discardedAtRestart = StandaloneServer.logLinesContaining(run.server.serverLog(), "AMQ142015")
                    .size();

            report(
                    run.database,
                    firstStart,
                    enqueueing,
                    sendingToKill,
                    lastSeen,
                    killedPid,
                    restart,
                    afterRestart,
                    killToLastCase,
                    audit,
                    mail,
                    recoveryWarnings,
                    discardedAtRestart,
                    recovery);
            assertAll(
                    "every request of the burst became exactly one case (" + run.database.label() + ")",
                    () -> assertEquals(REQUESTS, audit.progress().cases(), "cases filed for the burst"),
                    () -> assertEquals(REQUESTS, audit.distinctKeysWithCase(), "request keys with a case"),
                    () -> assertEquals(
                            0,
                            audit.keysWithSeveralCases(),
                            "request keys with more than one case: " + audit.keysWithSeveralCasesExamples()),
                    () -> assertEquals(REQUESTS, audit.receipts(), "intake receipts of the burst"),
                    () -> assertEquals(
                            0,
                            audit.receiptsWithoutCase(),
                            "receipts whose case is missing: " + audit.receiptsWithoutCaseExamples()),
                    () -> assertEquals(
                            0,
                            audit.casesWithoutReceipt(),
                            "cases whose receipt is missing: " + audit.casesWithoutReceiptExamples()),
                    () -> assertEquals(0, audit.intakeDeadLetters(), "intake dead letters"),
                    () -> assertEquals(0, audit.progress().intakeQueue(), "messages left on the intake queue"));
        }
    }

    /**
     * Waits until every request of the burst has its case and the queue is empty, or, when cases were lost, until
     * the queue has stayed empty long enough that nothing more can come.
     */
    private static IntakeProbeClient.Progress awaitDrained(ReliabilityRun run, String prefix, Recovery recovery) {
        Instant giveUp = Instant.now().plus(HANG_GUARD);
        Instant emptySince = null;
        while (true) {
            IntakeProbeClient.Progress progress = run.probe.progress(prefix);
            recovery.saw(progress);
            if (progress.intakeQueue() > 0) {
                emptySince = null;
            } else if (progress.cases() >= REQUESTS) {
                return progress;
            } else if (emptySince == null) {
                emptySince = Instant.now();
            } else if (Duration.between(emptySince, Instant.now()).compareTo(SETTLE) > 0) {
                return progress;
            }
            run.server.requireAlive();
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError(
                        "The intake queue did not drain within " + HANG_GUARD.toMinutes() + " minutes: " + progress);
            }
            ReliabilityRun.pause(Duration.ofMillis(250));
        }
    }

    /** Broker transactions a crash left prepared and in doubt, and when recovery had settled them all. */
    private static final class Recovery {
        private final Instant ready;
        private long mostPrepared;
        private Instant settled;

        Recovery(Instant ready, long preparedAtReady) {
            this.ready = ready;
            this.mostPrepared = preparedAtReady;
            this.settled = preparedAtReady == 0 ? ready : null;
        }

        void saw(IntakeProbeClient.Progress progress) {
            mostPrepared = Math.max(mostPrepared, progress.inDoubtBrokerTransactions());
            if (progress.inDoubtBrokerTransactions() == 0 && settled == null) {
                settled = Instant.now();
            } else if (progress.inDoubtBrokerTransactions() > 0) {
                settled = null;
            }
        }

        @Override
        public String toString() {
            if (mostPrepared <= 0) {
                return mostPrepared == 0 ? "none" : "unknown (the broker did not say)";
            }
            return mostPrepared + ", settled by recovery "
                    + (settled == null
                            ? "(not yet)"
                            : seconds(Duration.between(ready, settled)) + " s after the restarted server was ready");
        }
    }

    private static void report(
            ReliabilityRun.Database database,
            Duration firstStart,
            Duration enqueueing,
            Duration sendingToKill,
            IntakeProbeClient.Progress beforeKill,
            long killedPid,
            Duration restart,
            IntakeProbeClient.Progress afterRestart,
            Duration killToLastCase,
            IntakeProbeClient.Audit audit,
            ReliabilityRun.MailCount mail,
            List<String> recoveryWarnings,
            int discardedAtRestart,
            Recovery recovery) {
        String figures = String.join(
                System.lineSeparator(),
                "",
                "[reliability] Crash test, " + database.label() + ", " + ReliabilityRun.machine(),
                "[reliability]   requests sent:                    " + REQUESTS + " in batches of " + BATCH
                        + ", enqueued in " + seconds(enqueueing) + " s (first start of the server: "
                        + seconds(firstStart) + " s)",
                "[reliability]   cases filed when kill -9 was sent: " + beforeKill.cases() + " (intake queue: "
                        + beforeKill.intakeQueue() + " messages), " + seconds(sendingToKill)
                        + " s after the first request was sent; killed JVM " + killedPid,
                "[reliability]   restart until deployed:           " + seconds(restart) + " s; cases then: "
                        + afterRestart.cases() + ", intake queue: " + afterRestart.intakeQueue(),
                "[reliability]   kill until last case filed:       " + seconds(killToLastCase) + " s",
                "[reliability]   cases: " + audit.progress().cases() + ", distinct keys with a case: "
                        + audit.distinctKeysWithCase()
                        + ", keys with several cases: " + audit.keysWithSeveralCases() + ", receipts: "
                        + audit.receipts()
                        + ", receipts without case: " + audit.receiptsWithoutCase() + ", cases without receipt: "
                        + audit.casesWithoutReceipt(),
                "[reliability]   intake dead letters: " + audit.intakeDeadLetters() + ", left on the intake queue: "
                        + audit.progress().intakeQueue(),
                "[reliability]   confirmation e-mails received: " + mail.received() + " (" + mail.repeats()
                        + " repeats of one already received)",
                "[reliability]   broker transactions discarded at restart (unfinished, AMQ142015): "
                        + discardedAtRestart + "; prepared and in doubt: " + recovery,
                "[reliability]   transaction manager (ARJUNA) log lines: " + recoveryWarnings.size(),
                "");
        System.out.println(figures);
        recoveryWarnings.stream().limit(20).forEach(line -> System.out.println("[reliability]     " + line));
    }

    static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }
}
