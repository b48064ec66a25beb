package org.reviewdesk.intake;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.reviewdesk.attachment.Attachment;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;
import org.reviewdesk.request.Relationship;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.validation.FieldError;
import org.reviewdesk.validation.InvalidInput;

/**
 * Version 1 of the intake message: a complete Targeted Review request, certified, with the
 * key its sender gives it so that the same request delivered twice makes one case. Its JSON
 * form is specified in {@code docs/intake.md}.
 * <p>
 * Reading a message ({@link #parse}) checks only its shape; the request's own rules (NPI
 * check digit, phone number, e-mail addresses...) are those of the portal, applied by the
 * request itself when the message is applied to a draft ({@link #applyTo}).
 *
 * @param requestKey        the sender's key for this request; the same key always means the same case
 * @param source            who sent it: the portal or an API client
 * @param performanceYear   the performance year the request is about
 * @param applicationType   how the party's data was submitted to MIPS
 * @param identifier        the NPI, TIN, virtual group ID or APM entity ID the application type calls for
 * @param title             a name for the submitter's own reference, or null to keep the case's title
 * @param practice          the group practice an individual billed under, or null
 * @param serviceDeskTicket a service-desk ticket number, or null
 * @param submitter         who to contact about the request
 * @param additionalAccess  e-mail addresses of staff who also follow the request
 * @param categories        the affected performance categories
 * @param issueTypes        the kinds of issue reported
 * @param explanation       the detailed explanation
 * @param attachments       supporting files, sent separately and named here by their SHA-256
 * @param certification     who certified the request and when
 */
public record IntakeMessage(
        String requestKey,
        Source source,
        int performanceYear,
        ApplicationType applicationType,
        String identifier,
        String title,
        Practice practice,
        String serviceDeskTicket,
        Submitter submitter,
        List<String> additionalAccess,
        Set<PerformanceCategory> categories,
        Set<IssueType> issueTypes,
        String explanation,
        List<AttachmentReference> attachments,
        Certification certification) {

    /** The version of the message this class reads and writes. */
    public static final int VERSION = 1;

    public static final int MAX_REQUEST_KEY = 100;

    static final Pattern REQUEST_KEY = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_REQUEST_KEY + "}");

    private static final String YEAR_FIELD = "Performance year";

    public IntakeMessage {
        Objects.requireNonNull(requestKey, "requestKey");
        if (!REQUEST_KEY.matcher(requestKey).matches()) {
            throw new IllegalArgumentException("A request key is 1 to " + MAX_REQUEST_KEY
                    + " letters, digits, '.', '_', ':' or '-'; \"" + requestKey + "\" is not");
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(applicationType, "applicationType");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(submitter, "submitter");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(certification, "certification");
        additionalAccess = additionalAccess == null ? List.of() : List.copyOf(additionalAccess);
        categories = unmodifiableEnumSet(PerformanceCategory.class, categories);
        issueTypes = unmodifiableEnumSet(IssueType.class, issueTypes);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /**
     * Reads a message from its JSON text.
     *
     * @throws RejectedIntake when the text is not JSON, is not version 1, or has fields missing
     *                        or of the wrong kind; every such problem is listed, each naming its field
     */
    public static IntakeMessage parse(String json) {
        return IntakeJson.read(json);
    }

    /** The message as compact JSON text, which {@link #parse} reads back to an equal message. */
    public String toJson() {
        return IntakeJson.write(this);
    }

    /**
     * The same message, certified by {@code certifiedBy} at the same time. The REST API sends
     * every request certified by its client's identity ({@code api:<id>}), whatever name the
     * client gave, because that identity owns the case intake files.
     */
    public IntakeMessage certifiedBy(String certifiedBy) {
        return new IntakeMessage(
                requestKey,
                source,
                performanceYear,
                applicationType,
                identifier,
                title,
                practice,
                serviceDeskTicket,
                submitter,
                additionalAccess,
                categories,
                issueTypes,
                explanation,
                attachments,
                new Certification(certifiedBy, certification.certifiedAt()));
    }

    /**
     * The message the portal sends when a submitter certifies a complete draft.
     *
     * @param requestKey  the portal's key for this draft, the same each time this draft is sent
     * @param request     a complete draft
     * @param attachments the files already attached to the draft
     * @param certifiedAt when the submitter certified it
     * @throws InvalidInput when the request is not a draft, or not complete yet
     */
    public static IntakeMessage fromRequest(
            String requestKey,
            TargetedReviewRequest request,
            List<AttachmentReference> attachments,
            Instant certifiedAt) {
        if (!request.status().isDraft()) {
            throw new InvalidInput(
                    "Status",
                    "Only a draft is sent to intake; " + request.displayId() + " is "
                            + request.status().label().toLowerCase(Locale.ROOT));
        }
        List<FieldError> missing = request.problemsBeforeSubmission();
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
        Practice practice = request.practiceTin() == null
                ? null
                : request.isPracticeNotListed()
                        ? Practice.notListed(request.practiceTin())
                        : Practice.listed(request.practiceTin(), request.practiceName());
        // The portal knows its submitters by account; the request keeps no person's name.
        Submitter submitter = new Submitter(
                null,
                request.contactPhone(),
                request.contactPhoneExtension(),
                request.contactEmail(),
                request.relationship(),
                request.relationshipDescription());
        return new IntakeMessage(
                requestKey,
                Source.PORTAL,
                request.performanceYear(),
                request.applicationType(),
                request.identifier(),
                request.title(),
                practice,
                request.serviceDeskTicket(),
                submitter,
                List.copyOf(request.additionalAccess()),
                request.categories(),
                request.issueTypes(),
                request.explanation(),
                attachments,
                // In the portal the person who certifies is the signed-in owner of the draft.
                new Certification(request.ownerUsername(), certifiedAt));
    }

    /**
     * Applies the request in this message to a draft through the draft's own domain methods,
     * so the portal's rules apply: the identifier first (a new identifier forgets the previous
     * practice), then the practice, the ticket, the submitter, additional access, categories,
     * issue types and explanation. It neither saves, submits nor attaches files: the consumer
     * then looks up the names from the participation reference data (they are not in the
     * message), records the change with {@code savedAt(step, now)} as the portal does after
     * every step (only that makes a complete draft {@code DRAFT_COMPLETE}, the status
     * {@code submit} needs), attaches the {@link #attachments()} and submits with the
     * {@link #certification()}.
     *
     * @param draft a draft of this message's performance year
     * @throws InvalidInput listing every rule the message breaks; the draft may then be half
     *                      changed, so the transaction it was changed in must roll back
     */
    public void applyTo(TargetedReviewRequest draft) {
        Set<FieldError> errors = new LinkedHashSet<>();
        if (draft.performanceYear() != performanceYear) {
            errors.add(new FieldError(
                    YEAR_FIELD,
                    "This request is for performance year " + performanceYear
                            + ", but case " + draft.displayId() + " is for " + draft.performanceYear()
                            + "; a request never moves to another performance year"));
        }
        errors.addAll(new RequestFields(
                        applicationType,
                        identifier,
                        title,
                        practice,
                        serviceDeskTicket,
                        submitter.phone(),
                        submitter.extension(),
                        submitter.email(),
                        submitter.relationship(),
                        submitter.relationshipDescription(),
                        additionalAccess,
                        categories,
                        issueTypes,
                        explanation)
                .applyEachTo(draft));
        if (!errors.isEmpty()) {
            throw new InvalidInput(List.copyOf(errors));
        }
    }

    /**
     * The request's fields of a message, each null when absent or unreadable: reading applies
     * those it could read to a trial draft even when others were of the wrong kind, so that a
     * shape problem in one field never hides a broken rule in another.
     */
    record RequestFields(
            ApplicationType applicationType,
            String identifier,
            String title,
            Practice practice,
            String serviceDeskTicket,
            String phone,
            String extension,
            String email,
            Relationship relationship,
            String relationshipDescription,
            List<String> additionalAccess,
            Set<PerformanceCategory> categories,
            Set<IssueType> issueTypes,
            String explanation) {

        /** Applies each field given on its own, so the sender learns every problem at once. */
        Set<FieldError> applyEachTo(TargetedReviewRequest draft) {
            return MessageSteps.applyEachTo(this, draft);
        }
    }

    private static <E extends Enum<E>> Set<E> unmodifiableEnumSet(Class<E> type, Collection<E> values) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            set.addAll(values);
        }
        return Collections.unmodifiableSet(set);
    }

    /** Who sent the message. */
    public enum Source {
        /** The portal, when a submitter certifies and submits a draft. */
        PORTAL("portal"),
        /** A system that files requests on behalf of its users. */
        API("api");

        private final String json;

        Source(String json) {
            this.json = json;
        }

        /** The value in the message's {@code source} field. */
        public String json() {
            return json;
        }

        static Source fromJson(String value) {
            for (Source source : values()) {
                if (source.json.equals(value)) {
                    return source;
                }
            }
            return null;
        }
    }

    /**
     * The group practice an individual clinician billed under: one of the clinician's known
     * practices, or one not listed in the reference data, known only by its TIN.
     *
     * @param tin       the practice's TIN
     * @param name      the practice's name, or null; not kept for a practice that is not listed
     * @param notListed whether the practice is missing from the participation reference data
     */
    public record Practice(String tin, String name, boolean notListed) {

        public Practice {
            Objects.requireNonNull(tin, "tin");
        }

        public static Practice listed(String tin, String name) {
            return new Practice(tin, name, false);
        }

        public static Practice notListed(String tin) {
            return new Practice(tin, null, true);
        }
    }

    /**
     * The person to contact about the request.
     *
     * @param name                    their name, or null; not kept on the case in version 1
     * @param phone                   a North American phone number
     * @param extension               its extension, or null
     * @param email                   their e-mail address
     * @param relationship            their relationship to the party the request is for
     * @param relationshipDescription what the relationship is, when it is {@link Relationship#OTHER}
     */
    public record Submitter(
            String name,
            String phone,
            String extension,
            String email,
            Relationship relationship,
            String relationshipDescription) {

        public Submitter {
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(relationship, "relationship");
        }
    }

    /**
     * A supporting file, sent separately from the message and named by its content.
     *
     * @param sha256   the SHA-256 of the file's bytes, 64 lower-case hexadecimal digits
     * @param fileName the name the file is shown under
     */
    public record AttachmentReference(String sha256, String fileName) {

        public AttachmentReference {
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(fileName, "fileName");
        }

        public static AttachmentReference of(Attachment attachment) {
            return new AttachmentReference(attachment.sha256(), attachment.fileName());
        }
    }

    /**
     * Who certified the request and when. A message exists only for a request whose certifier
     * accepted the disclosure; the case records the disclosure text in force when it is submitted.
     *
     * @param certifiedBy who certified: the owner's user name in the portal, the person's name from an API client
     * @param certifiedAt when they certified
     */
    public record Certification(String certifiedBy, Instant certifiedAt) {

        public Certification {
            Objects.requireNonNull(certifiedBy, "certifiedBy");
            Objects.requireNonNull(certifiedAt, "certifiedAt");
        }
    }
}
