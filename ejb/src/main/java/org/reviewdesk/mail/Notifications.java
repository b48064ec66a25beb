package org.reviewdesk.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewdesk.comment.Comment;
import org.reviewdesk.configuration.EasternTime;
import org.reviewdesk.configuration.Settings;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.request.SubmissionWindow;
import org.reviewdesk.request.TargetedReviewRequest;

/**
 * The e-mails Review Desk sends about a request, one method per occasion, each ready for
 * {@link Outbox#send}. They go to the request's contact address and every address it is
 * shared with; internal staff notes have no method here because they are never mailed.
 *
 * <p>The wording lives in FreeMarker templates in {@code src/main/resources/mail}, one per
 * notification, so it can be read and changed in one place. What a template renders is the
 * subject on its first line, one blank line, then the plain-text body; the subject line is
 * kept inside the template so wording and subject are reviewed together. Every subject gets
 * the {@linkplain #subjectTag request tag} in front, so replies can later be matched to their
 * request whatever the template says. Values reach the templates as ready-made text, never as
 * entities, so a template can show only what was chosen for it (a group TIN only masked).
 */
@ApplicationScoped
public class Notifications {

    /** The request's database ID in a form mail clients keep when replying: {@code [Review Desk #42]}. */
    public static final String SUBJECT_TAG = "[Review Desk #%d]";

    /** In any case, since some gateways change it; at most the 19 digits of a long. */
    private static final Pattern TAG = Pattern.compile("\\[Review Desk #(\\d{1,19})]", Pattern.CASE_INSENSITIVE);

    /** The page where submitters and the people a request is shared with follow it. */
    static final String REQUEST_PAGE = "submitter/request.xhtml?id=";

    /** The page where review staff work a case. */
    static final String CASE_PAGE = "reviewer/case.xhtml?id=";

    /** The submitter's progress summary, with their drafts. */
    static final String PORTAL_HOME = "submitter/home.xhtml";

    @Inject
    Settings settings;

    public Notifications() {}

    /** For tests, which run without a container. */
    Notifications(Settings settings) {
        this.settings = settings;
    }

    /** The confirmation after a request was submitted. */
    public OutgoingMail requestReceived(TargetedReviewRequest request) {
        Instant submittedAt = require(request.submittedAt(), "A request is confirmed only once it was submitted");
        return compose("request-received.ftl", request, Map.of("submittedAt", EasternTime.dayAndTime(submittedAt)));
    }

    /** A reviewer wrote to the submitter; the mail carries the start of the comment, the rest is in Review Desk. */
    public OutgoingMail commentAdded(TargetedReviewRequest request, String authorDisplayName, String comment) {
        String text = requireText(comment, "A comment notification needs the comment");
        String excerpt = Comment.excerpt(text);
        return compose(
                "comment-added.ftl",
                request,
                Map.of(
                        // A name is one line, or it would break the subject it stands in.
                        "author",
                        requireText(authorDisplayName, "A comment notification needs the name of its author")
                                .replaceAll("\\s+", " "),
                        "comment",
                        excerpt,
                        "commentContinues",
                        excerpt.length() < text.length()));
    }

    /** The reviewer asked for documentation; the submitter has until {@code dueAt} to answer. */
    public OutgoingMail documentationRequested(TargetedReviewRequest request, String whatIsNeeded, Instant dueAt) {
        return compose(
                "documentation-requested.ftl",
                request,
                Map.of(
                        "needed", requireText(whatIsNeeded, "A documentation request needs to say what is needed"),
                        "dueAt", EasternTime.dayAndTime(require(dueAt, "A documentation request needs its due date"))));
    }

    /** Documentation is still missing and due soon; {@code daysLeft} is 0 on the last day. */
    public OutgoingMail documentationReminder(TargetedReviewRequest request, Instant dueAt, long daysLeft) {
        if (daysLeft < 0) {
            throw new IllegalArgumentException(
                    "A reminder is sent before the deadline, not " + -daysLeft + " days after it");
        }
        return compose(
                "documentation-reminder.ftl",
                request,
                Map.of(
                        "dueAt",
                        EasternTime.dayAndTime(require(dueAt, "A reminder needs the due date")),
                        "daysLeft",
                        daysLeft));
    }

    /**
     * The decision on a request.
     *
     * @param outcome     {@link RequestStatus#APPROVED} or {@link RequestStatus#DENIED}
     * @param reasonLabel the reason code as submitters read it, or null when the decision has none
     * @param narrative   what the reviewer wrote to the submitter
     */
    public OutgoingMail decision(
            TargetedReviewRequest request, RequestStatus outcome, String reasonLabel, String narrative) {
        if (outcome == null || !outcome.isDecided()) {
            throw new IllegalArgumentException("A decision approves or denies a request, not " + outcome);
        }
        Map<String, Object> details = new HashMap<>();
        details.put("outcome", outcome.label());
        details.put("approved", outcome == RequestStatus.APPROVED);
        details.put("narrative", requireText(narrative, "A decision needs its narrative for the submitter"));
        if (reasonLabel != null && !reasonLabel.isBlank()) {
            details.put("reason", reasonLabel.strip());
        }
        return compose("decision.ftl", request, details);
    }

    /** The submitter withdrew the request; the time is the one the request recorded. */
    public OutgoingMail requestWithdrawn(TargetedReviewRequest request) {
        Instant withdrawnAt = require(request.withdrawnAt(), "Only a withdrawn request is announced as withdrawn");
        return compose("request-withdrawn.ftl", request, Map.of("withdrawnAt", EasternTime.dayAndTime(withdrawnAt)));
    }

    // ---- mail to review staff. It never carries the request tag: a staff member's reply must not be
    // filed as a comment the submitter reads. It points to the case page instead.

    /**
     * Cases a supervisor gave to a reviewer ({@code gained}) or took from them, with the reason.
     * One mail per reviewer for the whole batch.
     */
    public OutgoingMail casesReassigned(
            String reviewerEmail,
            List<TargetedReviewRequest> cases,
            boolean gained,
            String supervisorName,
            String reason) {
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("A reassignment mail lists at least one case");
        }
        List<Map<String, String>> listed = cases.stream()
                .map(request -> Map.of(
                        "displayId", request.displayId(), "party", party(request), "link", linkForStaff(request)))
                .toList();
        OutgoingMail mail = MailTemplates.untagged(
                "cases-reassigned.ftl",
                reviewerEmail,
                Map.of(
                        "cases",
                        listed,
                        "gained",
                        gained,
                        "supervisor",
                        requireText(supervisorName, "A reassignment names the supervisor")
                                .replaceAll("\\s+", " "),
                        "reason",
                        requireText(reason, "A reassignment needs its reason")));
        // The mail log keeps the request a mail is about, to purge it with the case; a mail about several has none of
        // them.
        return cases.size() == 1 ? mail.about(idOf(cases.getFirst())) : mail;
    }

    /**
     * News about a case for the reviewer working it, such as an answered or lapsed documentation
     * request: a one-line headline and the text.
     */
    public OutgoingMail caseUpdate(TargetedReviewRequest request, String reviewerEmail, String headline, String text) {
        Map<String, Object> model = new HashMap<>();
        model.put("displayId", request.displayId());
        model.put("title", request.title());
        model.put("party", party(request));
        model.put("status", request.status().label());
        model.put("link", linkForStaff(request));
        model.put(
                "headline",
                requireText(headline, "A case update needs a headline").replaceAll("\\s+", " "));
        model.put("text", requireText(text, "A case update needs its text"));
        return MailTemplates.untagged("case-update.ftl", reviewerEmail, model).about(idOf(request));
    }

    /**
     * An API token expires soon: to the contact of the organisation that holds it. Like staff mail it
     * carries no request tag, so a reply is never filed as a comment.
     */
    public OutgoingMail apiTokenExpiring(
            String contactEmail, String organisation, String label, String hint, Instant expiresAt) {
        return MailTemplates.untagged(
                "api-token-expiring.ftl",
                contactEmail,
                Map.of(
                        "organisation", requireText(organisation, "An expiry warning names the organisation"),
                        "label", requireText(label, "An expiry warning names the token"),
                        "hint", requireText(hint, "An expiry warning gives the token's last characters"),
                        "expiresAt", EasternTime.dayAndTime(require(expiresAt, "An expiry warning needs the expiry"))));
    }

    /**
     * An abandoned draft will be purged (retention): to its owner, untagged like account mail, since a
     * draft takes no replies; about the draft, so the mail log forgets it when the draft is purged.
     */
    public OutgoingMail draftPurgeWarning(
            String ownerEmail,
            TargetedReviewRequest draft,
            Instant windowClosed,
            java.time.LocalDate purgeDay,
            long keptForDays) {
        return MailTemplates.untagged(
                        "draft-purge-warning.ftl",
                        ownerEmail,
                        Map.of(
                                "title", draft.title(),
                                "displayId", draft.displayId(),
                                "year", String.valueOf(draft.performanceYear()),
                                "closed",
                                        SubmissionWindow.describe(
                                                require(windowClosed, "A purge warning names when the window closed")),
                                "purgeDay", EasternTime.day(require(purgeDay, "A purge warning names the day")),
                                "keptFor", String.valueOf(keptForDays),
                                "link", linkTo(draft)))
                .about(idOf(draft));
    }

    /**
     * A supervisor extended the submission window of a year in which the submitter has a draft: they can
     * submit it until the new close. About a year, not one request, so it carries no request tag.
     */
    public OutgoingMail windowExtended(String submitterEmail, int performanceYear, Instant closes) {
        return MailTemplates.untagged(
                "window-extended.ftl",
                submitterEmail,
                Map.of(
                        "year", String.valueOf(performanceYear),
                        "closes", SubmissionWindow.describe(require(closes, "An extension notice needs the new close")),
                        "link", settings.publicUrl() + PORTAL_HOME));
    }

    /** Where review staff open the case. */
    public String linkForStaff(TargetedReviewRequest request) {
        return settings.publicUrl() + CASE_PAGE + idOf(request);
    }

    /** Who hears about a request: its contact address, then every address it is shared with, each once. */
    public static List<String> recipients(TargetedReviewRequest request) {
        Set<String> recipients = new LinkedHashSet<>();
        if (request.contactEmail() != null) {
            recipients.add(request.contactEmail());
        }
        recipients.addAll(request.additionalAccess());
        return List.copyOf(recipients);
    }

    /** Where the request is seen in Review Desk; the one place mail builds that link. */
    public String linkTo(TargetedReviewRequest request) {
        return settings.publicUrl() + REQUEST_PAGE + idOf(request);
    }

    /** {@code [Review Desk #42]} for the request with database ID 42. */
    public static String subjectTag(long requestId) {
        return String.format(Locale.ROOT, SUBJECT_TAG, requestId);
    }

    /**
     * The request a subject is about, read from its tag wherever it stands, so "Re: ", "AW: " or
     * a list's prefix do not matter. Empty when there is no tag, or when tags of different
     * requests meet in one subject: a guess could attach a reply to the wrong request.
     */
    public static OptionalLong requestIdFromSubject(String subject) {
        if (subject == null) {
            return OptionalLong.empty();
        }
        Matcher tags = TAG.matcher(subject);
        OptionalLong found = OptionalLong.empty();
        while (tags.find()) {
            long id;
            try {
                id = Long.parseLong(tags.group(1));
            } catch (NumberFormatException beyondAnyId) {
                return OptionalLong.empty();
            }
            if (found.isPresent() && found.getAsLong() != id) {
                return OptionalLong.empty();
            }
            found = OptionalLong.of(id);
        }
        return found;
    }

    /**
     * Renders a notification with the values every template may use and those of its occasion.
     * The whole text is rendered before the mail is made, so a failing template sends nothing.
     */
    OutgoingMail compose(String templateName, TargetedReviewRequest request, Map<String, ?> details) {
        Map<String, Object> model = new HashMap<>();
        model.put("displayId", request.displayId());
        model.put("title", request.title());
        model.put("party", party(request));
        model.put("status", request.status().label());
        model.put("link", linkTo(request));
        model.putAll(details);

        String text = MailTemplates.render(templateName, model);
        int endOfSubject = text.indexOf('\n');
        String subject = endOfSubject < 0
                ? text.strip()
                : text.substring(0, endOfSubject).strip();
        String rest = endOfSubject < 0 ? "" : text.substring(endOfSubject + 1);
        if (subject.isEmpty() || !rest.startsWith("\n") && !rest.startsWith("\r\n")) {
            throw new IllegalStateException("Mail template " + templateName
                    + " must render the subject on its first line, then a blank line, then the body");
        }
        // The tag helps people and mail programs keep a case's mail together; the reply address, not the tag, decides
        // where a reply goes.
        return new OutgoingMail(
                recipients(request),
                subjectTag(idOf(request)) + " " + subject,
                rest.strip() + "\n",
                idOf(request),
                null);
    }

    /** "Pat Quinlan (Individual), Clinician NPI 1158813992"; a group's TIN only masked. */
    private static String party(TargetedReviewRequest request) {
        return request.party().withIdentifier();
    }

    private static long idOf(TargetedReviewRequest request) {
        return require(request.id(), "A request is mailed about only once it is saved and has its ID");
    }

    private static String requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return text.replace("\r\n", "\n").strip();
    }

    private static <T> T require(T value, String message) {
        if (value == null) {
            throw new IllegalStateException(message);
        }
        return value;
    }
}
