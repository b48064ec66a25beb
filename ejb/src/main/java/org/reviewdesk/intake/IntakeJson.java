package org.reviewdesk.intake;

import static org.reviewdesk.intake.JsonFields.at;
import static org.reviewdesk.intake.JsonFields.describe;
import static org.reviewdesk.intake.JsonFields.quoted;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reviewdesk.intake.IntakeMessage.AttachmentReference;
import org.reviewdesk.intake.IntakeMessage.Certification;
import org.reviewdesk.intake.IntakeMessage.Practice;
import org.reviewdesk.intake.IntakeMessage.Source;
import org.reviewdesk.intake.IntakeMessage.Submitter;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;
import org.reviewdesk.request.Relationship;
import org.reviewdesk.request.TargetedReviewRequest;

/**
 * The JSON form of version 1 of the intake message, as {@code docs/intake.md} specifies it.
 * Reading reports every problem it finds, each under the path of its field, so a sender
 * fixes a message in one round. Fields it does not know are ignored: senders may add fields
 * that a later release reads, without breaking this one.
 */
final class IntakeJson {

    static final String VERSION = "version";
    static final String REQUEST_KEY = "requestKey";
    static final String SOURCE = "source";
    static final String PERFORMANCE_YEAR = "performanceYear";
    static final String APPLICATION_TYPE = "applicationType";
    static final String IDENTIFIER = "identifier";
    static final String TITLE = "title";
    static final String PRACTICE = "practice";
    static final String TIN = "tin";
    static final String NAME = "name";
    static final String NOT_LISTED = "notListed";
    static final String SERVICE_DESK_TICKET = "serviceDeskTicket";
    static final String SUBMITTER = "submitter";
    static final String PHONE = "phone";
    static final String EXTENSION = "extension";
    static final String EMAIL = "email";
    static final String RELATIONSHIP = "relationship";
    static final String RELATIONSHIP_DESCRIPTION = "relationshipDescription";
    static final String ADDITIONAL_ACCESS = "additionalAccess";
    static final String CATEGORIES = "categories";
    static final String ISSUE_TYPES = "issueTypes";
    static final String EXPLANATION = "explanation";
    static final String ATTACHMENTS = "attachments";
    static final String SHA256 = "sha256";
    static final String FILE_NAME = "fileName";
    static final String CERTIFICATION = "certification";
    static final String CERTIFIED_BY = "certifiedBy";
    static final String CERTIFIED_AT = "certifiedAt";
    static final String DISCLOSURE_ACCEPTED = "disclosureAccepted";

    private static final String KEY_RULE = "1 to " + IntakeMessage.MAX_REQUEST_KEY
            + " letters, digits, '.', '_', ':' or '-' that identify the request in your system";
    private static final int MAX_CERTIFIED_BY = 100;
    /** The owner of the trial draft that checks the rules of a message that could not be read whole; never stored. */
    private static final String RULE_CHECK_OWNER = "intake-rule-check";

    private static final int MAX_FILE_NAME = 255;

    private IntakeJson() {}

    // ---- reading

    static IntakeMessage read(String text) {
        JsonObject message = StrictJson.parseOneObject(text);
        requireKnownVersion(message);

        JsonFields in = new JsonFields();
        String requestKey = in.text(message, "", REQUEST_KEY, true, KEY_RULE);
        if (requestKey != null && !IntakeMessage.REQUEST_KEY.matcher(requestKey).matches()) {
            in.problem(REQUEST_KEY + ": " + quoted(requestKey) + " is not a request key; use " + KEY_RULE);
        }
        Source source = readSource(in, message);
        Integer performanceYear = in.wholeNumber(message, "", PERFORMANCE_YEAR, "a whole number such as 2020");
        ApplicationType applicationType =
                in.choice(message, "", APPLICATION_TYPE, ApplicationType.class, "an application type");
        String identifier = in.text(
                message,
                "",
                IDENTIFIER,
                true,
                "the clinician NPI, group TIN, virtual group ID or APM entity ID as a string");
        String title = in.text(message, "", TITLE, false, "a string");
        Practice practice = readPractice(in, message);
        String serviceDeskTicket =
                in.text(message, "", SERVICE_DESK_TICKET, false, "a ticket number such as \"CS0606124\"");
        SubmitterRead contact = readSubmitter(in, message);
        // The request's own fields, as far as they could be read: the same ones serve the rule check and the message.
        IntakeMessage.RequestFields fields = new IntakeMessage.RequestFields(
                applicationType,
                identifier,
                title,
                practice,
                serviceDeskTicket,
                contact.phone(),
                contact.extension(),
                contact.email(),
                contact.relationship(),
                contact.description(),
                readTexts(in, message, ADDITIONAL_ACCESS, "a list of e-mail addresses"),
                readChoices(in, message, CATEGORIES, PerformanceCategory.class, "a performance category"),
                readChoices(in, message, ISSUE_TYPES, IssueType.class, "an issue type"),
                in.text(message, "", EXPLANATION, true, "the detailed explanation as a string"));
        List<AttachmentReference> attachments = readAttachments(in, message);
        Certification certification = readCertification(in, message);

        if (!in.problems.isEmpty()) {
            // The fields that could be read are checked by the request's rules too, so one round fixes everything.
            TargetedReviewRequest trial = new TargetedReviewRequest(
                    RULE_CHECK_OWNER, performanceYear == null ? 0 : performanceYear, 0, Instant.EPOCH);
            fields.applyEachTo(trial).forEach(broken -> in.problem(broken.toString()));
            throw new RejectedIntake(in.problems);
        }
        return new IntakeMessage(
                requestKey,
                source,
                performanceYear,
                fields.applicationType(),
                fields.identifier(),
                fields.title(),
                fields.practice(),
                fields.serviceDeskTicket(),
                contact.complete(),
                fields.additionalAccess(),
                fields.categories(),
                fields.issueTypes(),
                fields.explanation(),
                attachments,
                certification);
    }

    /** The version decides what every other field means, so nothing else is read unless it is known. */
    private static void requireKnownVersion(JsonObject message) {
        JsonValue version = message.get(VERSION);
        if (version == null || version.getValueType() == JsonValue.ValueType.NULL) {
            throw new RejectedIntake(VERSION + ": missing; this server reads version " + IntakeMessage.VERSION
                    + ", so send \"" + VERSION + "\": " + IntakeMessage.VERSION);
        }
        if (!(version instanceof JsonNumber number) || !number.isIntegral()) {
            throw new RejectedIntake(
                    VERSION + ": expected the whole number " + IntakeMessage.VERSION + ", found " + describe(version));
        }
        if (!number.bigIntegerValue().equals(BigInteger.valueOf(IntakeMessage.VERSION))) {
            throw new RejectedIntake(
                    VERSION + " " + number + " is not supported; this server reads version " + IntakeMessage.VERSION);
        }
    }

    private static Source readSource(JsonFields in, JsonObject message) {
        String value = in.text(message, "", SOURCE, true, "\"portal\" or \"api\"");
        if (value == null) {
            return null;
        }
        Source source = Source.fromJson(value);
        if (source == null) {
            in.problem(SOURCE + ": " + quoted(value) + " is not a source; use \"portal\" or \"api\"");
        }
        return source;
    }

    private static Practice readPractice(JsonFields in, JsonObject message) {
        JsonObject practice = in.object(message, "", PRACTICE, false, "an object with tin, name and notListed");
        if (practice == null) {
            return null;
        }
        String tin = in.text(practice, PRACTICE, TIN, true, "the practice's 9-digit TIN as a string");
        String name = in.text(practice, PRACTICE, NAME, false, "the practice's name as a string");
        Boolean notListed = in.trueOrFalse(practice, PRACTICE, NOT_LISTED, false);
        return tin == null ? null : new Practice(tin, name, Boolean.TRUE.equals(notListed));
    }

    /** The submitter's fields as far as they could be read, each null when absent or of the wrong kind. */
    private record SubmitterRead(
            String name, String phone, String extension, String email, Relationship relationship, String description) {

        static final SubmitterRead NONE = new SubmitterRead(null, null, null, null, null, null);

        Submitter complete() {
            return phone == null || email == null || relationship == null
                    ? null
                    : new Submitter(name, phone, extension, email, relationship, description);
        }
    }

    private static SubmitterRead readSubmitter(JsonFields in, JsonObject message) {
        JsonObject submitter = in.object(message, "", SUBMITTER, true, "an object with phone, email and relationship");
        if (submitter == null) {
            return SubmitterRead.NONE;
        }
        String name = in.text(submitter, SUBMITTER, NAME, false, "the person's name as a string");
        String phone =
                in.text(submitter, SUBMITTER, PHONE, true, "a North American phone number such as \"866-288-8292\"");
        String extension = in.text(submitter, SUBMITTER, EXTENSION, false, "1 to 6 digits as a string, such as \"12\"");
        String email = in.text(submitter, SUBMITTER, EMAIL, true, "an e-mail address such as \"name@example.org\"");
        Relationship relationship = in.choice(submitter, SUBMITTER, RELATIONSHIP, Relationship.class, "a relationship");
        String description =
                in.text(submitter, SUBMITTER, RELATIONSHIP_DESCRIPTION, false, "a description as a string");
        return new SubmitterRead(name, phone, extension, email, relationship, description);
    }

    private static List<String> readTexts(JsonFields in, JsonObject message, String name, String expected) {
        List<JsonValue> items = in.list(message, "", name, false, expected);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String text = in.text(items.get(i), name + "[" + i + "]", "a string");
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static <E extends Enum<E>> Set<E> readChoices(
            JsonFields in, JsonObject message, String name, Class<E> type, String kind) {
        List<JsonValue> items = in.list(
                message, "", name, true, "a list of names such as [\"" + type.getEnumConstants()[0].name() + "\"]");
        Set<E> chosen = EnumSet.noneOf(type);
        for (int i = 0; i < items.size(); i++) {
            E choice = in.choice(items.get(i), name + "[" + i + "]", type, kind);
            if (choice != null) {
                chosen.add(choice);
            }
        }
        return chosen;
    }

    private static List<AttachmentReference> readAttachments(JsonFields in, JsonObject message) {
        List<JsonValue> items = in.list(message, "", ATTACHMENTS, false, "a list of objects with sha256 and fileName");
        List<AttachmentReference> attachments = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = ATTACHMENTS + "[" + i + "]";
            JsonObject item = in.object(items.get(i), path, "an object with sha256 and fileName");
            if (item == null) {
                continue;
            }
            String sha256 = in.text(item, path, SHA256, true, "the SHA-256 of the file as 64 hexadecimal digits");
            if (sha256 != null && !sha256.matches("[0-9a-fA-F]{64}")) {
                in.problem(at(path, SHA256) + ": " + quoted(sha256)
                        + " is not a SHA-256; give the 64 hexadecimal digits of the file's SHA-256");
                sha256 = null;
            }
            String fileName = in.text(item, path, FILE_NAME, true, "the file's name as a string");
            if (fileName != null && (fileName.isBlank() || fileName.length() > MAX_FILE_NAME)) {
                in.problem(at(path, FILE_NAME) + ": give a name of 1 to " + MAX_FILE_NAME
                        + " characters, such as \"feedback-report.pdf\"");
                fileName = null;
            }
            if (sha256 != null && fileName != null) {
                attachments.add(new AttachmentReference(sha256.toLowerCase(Locale.ROOT), fileName));
            }
        }
        return attachments;
    }

    private static Certification readCertification(JsonFields in, JsonObject message) {
        JsonObject certification = in.object(
                message, "", CERTIFICATION, true, "an object with certifiedBy, certifiedAt and disclosureAccepted");
        if (certification == null) {
            return null;
        }
        String certifiedBy =
                in.text(certification, CERTIFICATION, CERTIFIED_BY, true, "the name of the person who certified");
        if (certifiedBy != null && (certifiedBy.isBlank() || certifiedBy.length() > MAX_CERTIFIED_BY)) {
            in.problem(at(CERTIFICATION, CERTIFIED_BY) + ": give the name of the person who certified, 1 to "
                    + MAX_CERTIFIED_BY + " characters");
            certifiedBy = null;
        }
        String certifiedAtText = in.text(
                certification,
                CERTIFICATION,
                CERTIFIED_AT,
                true,
                "an ISO-8601 instant such as \"2021-09-01T14:00:00Z\"");
        Instant certifiedAt = null;
        if (certifiedAtText != null) {
            try {
                certifiedAt = Instant.parse(certifiedAtText);
            } catch (DateTimeParseException e) {
                in.problem(
                        at(CERTIFICATION, CERTIFIED_AT) + ": " + quoted(certifiedAtText)
                                + " is not an ISO-8601 instant; write the date, time and offset such as \"2021-09-01T14:00:00Z\"");
            }
        }
        Boolean accepted = in.trueOrFalse(certification, CERTIFICATION, DISCLOSURE_ACCEPTED, true);
        if (Boolean.FALSE.equals(accepted)) {
            in.problem(at(CERTIFICATION, DISCLOSURE_ACCEPTED) + ": is false; a request is filed only when the person"
                    + " certifying it has accepted the disclosure, so send true once they have");
        }
        return certifiedBy == null || certifiedAt == null ? null : new Certification(certifiedBy, certifiedAt);
    }

    // ---- writing

    static String write(IntakeMessage message) {
        return IntakeJsonWriter.write(message);
    }
}
