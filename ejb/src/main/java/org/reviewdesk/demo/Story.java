package org.reviewdesk.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.reviewdesk.attachment.PendingFile;
import org.reviewdesk.comment.Comment;
import org.reviewdesk.configuration.Clocks;
import org.reviewdesk.request.DecisionReason;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.review.DocumentationRequest;
import org.reviewdesk.review.DocumentationRequests;
import org.reviewdesk.scheduling.Deadline;
import org.reviewdesk.security.Viewer;

/**
 * One demo case's story: its steps, each at its own moment, days after filing (a negative day: before it), told
 * through the services of the {@link DemoStories} telling it, as the people of the demo.
 */
final class Story {

    private final DemoStories teller;
    final Plot plot;
    final Viewer owner;
    final Instant filedAt;
    long id;
    String priorWorker;

    Story(DemoStories teller, Plot plot, Viewer owner, Instant filedAt) {
        this.teller = teller;
        this.plot = plot;
        this.owner = owner;
        this.filedAt = filedAt;
    }

    /**
     * Tells what happens after filing, as the plot has it.
     *
     * @param duplicateOf the display id of the first case of the duplicate pair, or null while none is filed
     */
    void unfold(String duplicateOf) {
        switch (plot) {
            case WAITING, DUPLICATE -> {
                if (plot == Plot.DUPLICATE && duplicateOf != null) {
                    note(
                            1,
                            worker(),
                            "This looks like " + duplicateOf + " again, same clinician and same question."
                                    + " @supervisor, shall we decide them together?");
                }
            }
            case CLAIMED -> {
                at(1, () -> teller.assignments.claim(id, teller.reviewers.get(1), version()));
                comment(
                        2,
                        teller.reviewers.get(1),
                        "Thank you for the hardship notice. We are checking it against the exception"
                                + " applications on file and will write again within a week.",
                        null);
            }
            case CONVERSATION -> {
                Comment question = comment(
                        1,
                        owner,
                        "We attached the worksheet our registry used. Can you confirm"
                                + " you received the quality data for all four quarters?",
                        teller.pick());
                reply(
                        2,
                        worker(),
                        question,
                        "Yes, all four quarters arrived. We are comparing them with the scoring file now.");
                note(
                        3,
                        worker(),
                        "Quarter three looks short by eleven encounters. @supervisor, have we seen this"
                                + " registry's files truncated before?");
                reply(4, owner, question, "Thanks. Let us know if you need anything else from the practice.");
            }
            case ASKED ->
                ask(
                        2 + teller.random.nextInt(2),
                        "Please upload the signed attestation for the clinician's special status"
                                + " and the QRDA III file your registry submitted.");
            case ANSWERED -> {
                ask(2, "Please send the confirmation e-mail or receipt your registry got when it submitted the data.");
                comment(
                        5,
                        owner,
                        "Here is the confirmation from our registry and its submission timeline.",
                        teller.pick());
                comment(6, worker(), "Received, thank you. The clock has stopped; we will decide shortly.", null);
            }
            case REASSIGNED -> {
                Viewer to = otherReviewer();
                at(
                        2,
                        () -> teller.assignments.reassign(
                                List.of(id),
                                to.username(),
                                "Balancing the queues: " + teller.viewerName(to)
                                        + " takes this one while the week's eligibility cases are reviewed",
                                teller.supervisor));
                note(
                        3,
                        to,
                        "Picked this up from the reassignment. @" + priorWorker + ", did you start on the measure"
                                + " exclusions?");
                note(4, teller.viewer(priorWorker), "Not yet; the case file is all yours.");
            }
            case APPROVED -> {
                comment(3, worker(), "We have what we need and are finishing the review.", null);
                DecisionReason reason = teller.pickOf(
                        DecisionReason.CALCULATION_ERROR_CONFIRMED,
                        DecisionReason.DATA_NOT_USED,
                        DecisionReason.WRONG_TIN_OR_NPI,
                        DecisionReason.SPECIAL_STATUS_NOT_APPLIED,
                        DecisionReason.REWEIGHTING_NOT_APPLIED,
                        DecisionReason.APM_SCORING_ERROR);
                decide(
                        5 + teller.random.nextInt(5),
                        reason,
                        "We reviewed the files you sent and confirmed the problem: "
                                + reason.label().toLowerCase(Locale.ROOT)
                                + ". The payment adjustment factor will be recalculated and the new"
                                + " feedback appears in the QPP portal within 30 days.");
            }
            case DENIED -> {
                note(2, worker(), "The scoring file matches the submission exactly. @supervisor, I plan to deny.");
                DecisionReason reason = teller.pickOf(
                        DecisionReason.NO_ERROR_FOUND,
                        DecisionReason.INSUFFICIENT_INFORMATION,
                        DecisionReason.SCORING_METHODOLOGY,
                        DecisionReason.SERVICE_CENTER_DATA_ISSUE,
                        DecisionReason.MEASURES_AND_ACTIVITIES);
                decide(
                        4 + teller.random.nextInt(4),
                        reason,
                        "We compared the data you submitted with the data used in scoring and"
                                + " found no error to correct. Reason: " + reason.label() + ".");
            }
            case LAPSED -> {
                at(1, () -> teller.assignments.claim(id, teller.reviewers.get(2), version()));
                DocumentationRequest asked =
                        ask(5, "Please send the hardship exception approval letter for the performance year.");
                atMoment(
                        asked.remindAt(),
                        () -> teller.fire(new Deadline(
                                DocumentationRequests.REMINDER, String.valueOf(asked.id()), asked.remindAt())));
                atMoment(
                        asked.dueAt(),
                        () -> teller.fire(
                                new Deadline(DocumentationRequests.LAPSE, String.valueOf(asked.id()), asked.dueAt())));
            }
            case WITHDRAWN -> {
                comment(
                        1,
                        owner,
                        "We found the cause ourselves: our registry had resubmitted. We will withdraw this request.",
                        null);
                at(3, () -> teller.reviews.withdraw(id, owner));
            }
            default -> throw new IllegalStateException("No story for " + plot);
        }
    }

    <T> T at(int day, Supplier<T> step) {
        Instant moment =
                filedAt.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(day == 0 ? 0 : teller.random.nextInt(240)));
        return atMoment(day < 0 ? filedAt.minus(Duration.ofHours(-day)) : moment, step);
    }

    /**
     * Each step is written before the next, as it would be in the user's own transaction: rows that name the case
     * only by its id (its files, its events) must never reach the database before the case does.
     */
    <T> T atMoment(Instant moment, Supplier<T> step) {
        return Clocks.backdated(moment.isBefore(teller.now) ? moment : teller.now.minusSeconds(1), () -> {
            T done = step.get();
            teller.em.flush();
            return done;
        });
    }

    long version() {
        return teller.em.find(TargetedReviewRequest.class, id).version();
    }

    /** Whoever works the case now: its reviewer, or the teller.supervisor when nobody has it. */
    Viewer worker() {
        String assigned = teller.em.find(TargetedReviewRequest.class, id).assignedReviewer();
        return assigned == null ? teller.supervisor : teller.viewer(assigned);
    }

    Viewer otherReviewer() {
        priorWorker = worker().username();
        return teller.reviewers.stream()
                .filter(reviewer -> !reviewer.username().equals(priorWorker))
                .findFirst()
                .orElseThrow();
    }

    /** A new thread, with the file when there is one. */
    Comment comment(int day, Viewer author, String body, DemoFile file) {
        return at(day, () -> {
            List<PendingFile> files = new ArrayList<>();
            if (file != null) {
                files.add(file.read(content -> teller.attachments.upload(author.username(), file.name(), content)));
            }
            return teller.comments.post(id, null, author, body, false, files);
        });
    }

    Comment reply(int day, Viewer author, Comment parent, String body) {
        return at(day, () -> teller.comments.post(id, parent.id(), author, body, false, List.of()));
    }

    Comment note(int day, Viewer author, String body) {
        return at(day, () -> teller.comments.post(id, null, author, body, true, List.of()));
    }

    DocumentationRequest ask(int day, String whatIsNeeded) {
        Viewer worker = worker();
        return at(day, () -> teller.documentation.ask(id, worker, version(), whatIsNeeded));
    }

    void decide(int day, DecisionReason reason, String narrative) {
        Viewer worker = worker();
        at(day, () -> teller.decisions.decide(id, worker, version(), reason, narrative));
    }
}
