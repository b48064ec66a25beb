package org.reviewdesk.it.standalone;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reviewdesk.it.IntakeProbeClient;
import org.reviewdesk.it.ReliabilityRun;

/**
 * The documentation clock survives a restart (DESIGN §3): a documentation request that lapses while the server is
 * down denies its case once when the server is back, its reminder (due while the server was down too, and pointless
 * after the deadline) is not sent, and a request answered before the shutdown never fires. Runs against a real
 * WildFly of its own, stopped and started again, on the database of the crash test's execution; the clock is set to
 * 40 seconds the way an operator sets it ({@code REVIEWDESK_DOCUMENTATION_PERIOD}).
 */
@Tag("own-server")
@Tag("crash")
class DocumentationClockRestartIT {

    private static final Duration PERIOD = Duration.ofSeconds(40);
    private static final Duration HANG_GUARD = Duration.ofMinutes(5);
    private static final int LAPSES = 0;
    private static final int ANSWERED = 1;

    @Test
    void aDeadlineThatPassesWhileTheServerIsDownActsOnceAfterTheRestartAndAnAnsweredOneNever() {
        ReliabilityRun.Database database = ReliabilityRun.databaseOfThisRun();
        String prefix = "clock-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        try (ReliabilityRun run = ReliabilityRun.prepare(
                "clock-restart",
                database,
                Map.of(
                        "REVIEWDESK_DOCUMENTATION_PERIOD",
                        PERIOD.toString(),
                        "REVIEWDESK_DOCUMENTATION_REMINDER",
                        "PT20S"))) {
            run.startAndAwaitReady(prefix);
            run.probe.enqueue(prefix, 0, 2);
            run.awaitProgress(
                    prefix, "two cases", HANG_GUARD, Duration.ofMillis(200), progress -> progress.cases() == 2);

            Instant due = run.probe.askForDocumentation(prefix, LAPSES);
            run.probe.askForDocumentation(prefix, ANSWERED);
            run.probe.answerAsSubmitter(prefix, ANSWERED);
            assertEquals(0, run.probe.clock(prefix, ANSWERED).pendingDeadlines(), "the answer cancelled its deadlines");
            assertEquals(2, run.probe.clock(prefix, LAPSES).pendingDeadlines(), "reminder and lapse are pending");

            run.server.stop();
            Duration downFor = Duration.between(Instant.now(), due).plusSeconds(5);
            if (!downFor.isNegative()) {
                ReliabilityRun.pause(downFor);
            }
            run.startAndAwaitReady(prefix);

            Instant giveUp = Instant.now().plus(HANG_GUARD);
            IntakeProbeClient.Clock lapsed = run.probe.clock(prefix, LAPSES);
            while (!lapsed.status().equals("DENIED") && Instant.now().isBefore(giveUp)) {
                ReliabilityRun.pause(Duration.ofMillis(500));
                lapsed = run.probe.clock(prefix, LAPSES);
            }
            // Long enough for a second firing or a late reminder to show, if there were one.
            ReliabilityRun.pause(Duration.ofSeconds(15));
            IntakeProbeClient.Clock settled = run.probe.clock(prefix, LAPSES);
            IntakeProbeClient.Clock answered = run.probe.clock(prefix, ANSWERED);
            long decisionMails = run.mailWithSubjectEnding(settled.displayId() + " denied");
            long reminderMails = run.mailWithSubjectEnding(settled.displayId() + ": documentation due today");
            System.out.printf(
                    "Documentation clock across a restart (%s): lapsed case %s (%s), decisions %d, decision mails %d,"
                            + " reminders %d; answered case %s, decisions %d%n",
                    database.label(),
                    settled.status(),
                    settled.reason(),
                    settled.decided(),
                    decisionMails,
                    reminderMails,
                    answered.status(),
                    answered.decided());
            IntakeProbeClient.Clock finalLapsed = settled;
            assertAll(
                    () -> assertEquals("DENIED", finalLapsed.status(), "the lapse acted after the restart"),
                    () -> assertEquals("DOCUMENTATION_NOT_PROVIDED", finalLapsed.reason()),
                    () -> assertEquals("Lapsed", finalLapsed.documentation()),
                    () -> assertEquals(1, finalLapsed.lapsed(), "lapsed once"),
                    () -> assertEquals(1, finalLapsed.decided(), "decided once"),
                    () -> assertEquals(0, finalLapsed.reminded(), "no reminder after the deadline"),
                    () -> assertEquals(0, finalLapsed.pendingDeadlines()),
                    () -> assertEquals(1, decisionMails, "one decision e-mail"),
                    () -> assertEquals(0, reminderMails),
                    () -> assertEquals("SUBMITTED_IN_REVIEW", answered.status(), "an answered request never fires"),
                    () -> assertEquals("Answered", answered.documentation()),
                    () -> assertEquals(0, answered.decided()),
                    () -> assertEquals(0, answered.pendingDeadlines()));
        }
    }
}
