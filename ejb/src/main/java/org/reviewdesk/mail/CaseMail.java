package org.reviewdesk.mail;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.reviewdesk.api.ApiTokenExpiring;
import org.reviewdesk.comment.StaffCommented;
import org.reviewdesk.intake.RequestReceived;
import org.reviewdesk.request.CaseNews;
import org.reviewdesk.request.RequestWithdrawn;
import org.reviewdesk.request.WindowExtended;
import org.reviewdesk.retention.CasePurging;
import org.reviewdesk.retention.DraftPurgeWarned;
import org.reviewdesk.review.CasesReassigned;
import org.reviewdesk.review.DecisionRecorded;
import org.reviewdesk.review.DocumentationAsked;
import org.reviewdesk.review.DocumentationReminderDue;

/**
 * Turns what happened to a case into the e-mail it calls for: observes the events the domain packages fire and
 * queues the matching {@link Notifications} mail in the {@link Outbox}. The events are observed synchronously, in the
 * transaction that fires them, so a mail is queued exactly when the change commits and never for one rolled back;
 * this way the domain packages announce what happened without knowing about mail, and mail depends on them, not the
 * other way round.
 */
@ApplicationScoped
public class CaseMail {

    @EJB
    Outbox outbox;

    @EJB
    MailLog mailLog;

    @Inject
    Notifications notifications;

    void requestReceived(@Observes RequestReceived received) {
        outbox.send(notifications.requestReceived(received.request()));
    }

    void requestWithdrawn(@Observes RequestWithdrawn withdrawn) {
        outbox.send(notifications.requestWithdrawn(withdrawn.request()));
    }

    void staffCommented(@Observes StaffCommented commented) {
        outbox.send(notifications.commentAdded(commented.request(), commented.authorName(), commented.body()));
    }

    void caseNews(@Observes CaseNews news) {
        outbox.send(notifications.caseUpdate(news.request(), news.staffEmail(), news.headline(), news.text()));
    }

    void documentationAsked(@Observes DocumentationAsked asked) {
        outbox.send(notifications.documentationRequested(asked.request(), asked.whatIsNeeded(), asked.dueAt()));
    }

    void documentationReminderDue(@Observes DocumentationReminderDue due) {
        outbox.send(notifications.documentationReminder(due.request(), due.dueAt(), due.daysLeft()));
    }

    void decisionRecorded(@Observes DecisionRecorded recorded) {
        var decision = recorded.decision();
        outbox.send(notifications.decision(
                recorded.request(), decision.outcome(), decision.reason().label(), decision.narrative()));
    }

    void casesReassigned(@Observes CasesReassigned reassigned) {
        outbox.send(notifications.casesReassigned(
                reassigned.reviewerEmail(),
                reassigned.cases(),
                reassigned.gained(),
                reassigned.supervisorName(),
                reassigned.reason()));
    }

    void windowExtended(@Observes WindowExtended extended) {
        extended.draftOwners()
                .forEach(email -> outbox.send(
                        notifications.windowExtended(email, extended.performanceYear(), extended.closes())));
    }

    void apiTokenExpiring(@Observes ApiTokenExpiring expiring) {
        outbox.send(notifications.apiTokenExpiring(
                expiring.contactEmail(),
                expiring.organisation(),
                expiring.label(),
                expiring.hint(),
                expiring.expiresAt()));
    }

    void draftPurgeWarned(@Observes DraftPurgeWarned warned) {
        outbox.send(notifications.draftPurgeWarning(
                warned.ownerEmail(), warned.draft(), warned.windowClosed(), warned.purgeDay(), warned.keptForDays()));
    }

    /** A purged case's mail leaves the mail log in the purge's transaction; a mail still queued is then not sent. */
    void casePurging(@Observes CasePurging purging) {
        mailLog.forgetMailAbout(purging.requestId());
    }
}
