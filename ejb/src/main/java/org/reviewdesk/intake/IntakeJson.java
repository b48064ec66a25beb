package org.reviewdesk.intake;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.reviewdesk.validation.PlainText;

/**
 * The JSON form of version 1 of the intake message, as {@code docs/intake.md} specifies it.
 * Reading reports every problem it finds, each under the path of its field, so a sender
 * fixes a message in one round. Fields it does not know are ignored: senders may add fields
 * that a later release reads, without breaking this one.
 */
final class IntakeJson {

    private static final String VERSION = "version";
    private static final String REQUEST_KEY = "requestKey";
    private static final String SOURCE = "source";
    private static final String PERFORMANCE_YEAR = "performanceYear";
    private static final String APPLICATION_TYPE = "applicationType";
    private static final String IDENTIFIER = "identifier";
    private static final String TITLE = "title";
    private static final String PRACTICE = "practice";
    private static final String TIN = "tin";
    private static final String NAME = "name";
    private static final String NOT_LISTED = "notListed";
    private static final String SERVICE_DESK_TICKET = "serviceDeskTicket";
    private static final String SUBMITTER = "submitter";
    private static final String PHONE = "phone";
    private static final String EXTENSION = "extension";
    private static final String EMAIL = "email";
    private static final String RELATIONSHIP = "relationship";
    private static final String RELATIONSHIP_DESCRIPTION = "relationshipDescription";
    private static final String ADDITIONAL_ACCESS = "additionalAccess";
    private static final String CATEGORIES = "categories";
    private static final String ISSUE_TYPES = "issueTypes";
    private static final String EXPLANATION = "explanation";
    private static final String ATTACHMENTS = "attachments";
    private static final String SHA256 = "sha256";
    private static final String FILE_NAME = "fileName";
    private static final String CERTIFICATION = "certification";
    private static final String CERTIFIED_BY = "certifiedBy";
    private static final String CERTIFIED_AT = "certifiedAt";
    private static final String DISCLOSURE_ACCEPTED = "disclosureAccepted";

    private static final String KEY_RULE = "1 to " + IntakeMessage.MAX_REQUEST_KEY
            + " letters, digits, '.', '_', ':' or '-' that identify the request in your system";
    private static final int MAX_CERTIFIED_BY = 100;
    /** The owner of the trial draft that checks the rules of a message that could not be read whole; never stored. */
    private static final String RULE_CHECK_OWNER = "intake-rule-check";

    private static final int MAX_FILE_NAME = 255;
    /** Version 1 nests three levels deep; anything much deeper is not an intake message. */
    private static final int MAX_NESTING = 16;

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());

    private IntakeJson() {}

    // ---- reading

    static IntakeMessage read(String text) {
        JsonObject message = parseOneObject(text);
        requireKnownVersion(message);

        Fields in = new Fields();
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
        SubmitterRead submitter = readSubmitter(in, message);
        List<String> additionalAccess = readTexts(in, message, ADDITIONAL_ACCESS, "a list of e-mail addresses");
        Set<PerformanceCategory> categories =
                readChoices(in, message, CATEGORIES, PerformanceCategory.class, "a performance category");
        Set<IssueType> issueTypes = readChoices(in, message, ISSUE_TYPES, IssueType.class, "an issue type");
        String explanation = in.text(message, "", EXPLANATION, true, "the detailed explanation as a string");
        List<AttachmentReference> attachments = readAttachments(in, message);
        Certification certification = readCertification(in, message);

        if (!in.problems.isEmpty()) {
            // The fields that could be read are checked by the request's rules too, so one round fixes everything.
            TargetedReviewRequest trial = new TargetedReviewRequest(
                    RULE_CHECK_OWNER, performanceYear == null ? 0 : performanceYear, 0, Instant.EPOCH);
            new IntakeMessage.RequestFields(
                            applicationType,
                            identifier,
                            title,
                            practice,
                            serviceDeskTicket,
                            submitter.phone(),
                            submitter.extension(),
                            submitter.email(),
                            submitter.relationship(),
                            submitter.description(),
                            additionalAccess,
                            categories,
                            issueTypes,
                            explanation)
                    .applyEachTo(trial)
                    .forEach(broken -> in.problem(broken.toString()));
            throw new RejectedIntake(in.problems);
        }
        return new IntakeMessage(
                requestKey,
                source,
                performanceYear,
                applicationType,
                identifier,
                title,
                practice,
                serviceDeskTicket,
                submitter.complete(),
                additionalAccess,
                categories,
                issueTypes,
                explanation,
                attachments,
                certification);
    }

    /**
     * Reads exactly one JSON object. Parsers disagree on which of two equal keys wins, and
     * text after the object would be silently lost, so both are refused.
     */
    private static JsonObject parseOneObject(String text) {
        if (text == null || text.isBlank()) {
            throw new RejectedIntake("The message is empty; send the request as one JSON object (docs/intake.md)");
        }
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            JsonParser.Event first = parser.next();
            if (first != JsonParser.Event.START_OBJECT) {
                throw new RejectedIntake("The message must be one JSON object, { ... }; this one is "
                        + (first == JsonParser.Event.START_ARRAY ? "a list" : describe(parser.getValue())));
            }
            JsonObject message = readObject(parser, "", 1);
            requireNothingAfter(parser);
            return message;
        } catch (JsonParsingException malformed) {
            throw new RejectedIntake(
                    "The message is not valid JSON " + where(malformed.getLocation()) + ": " + malformed.getMessage());
        } catch (JsonException unreadable) {
            throw new RejectedIntake("The message could not be read as JSON: " + unreadable.getMessage());
        }
    }

    private static void requireNothingAfter(JsonParser parser) {
        try {
            if (parser.hasNext()) {
                parser.next();
                throw new RejectedIntake("The message has more after its JSON object " + where(parser.getLocation())
                        + "; send exactly one object per message");
            }
        } catch (JsonParsingException trailing) {
            throw new RejectedIntake("The message has more after its JSON object " + where(trailing.getLocation())
                    + "; send exactly one object per message");
        }
    }

    private static JsonObject readObject(JsonParser parser, String path, int depth) {
        requireShallow(path, depth);
        JsonObjectBuilder object = BUILDERS.createObjectBuilder();
        Set<String> keys = new HashSet<>();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            String key = parser.getString();
            String at = at(path, key);
            JsonValue value = readValue(parser, parser.next(), at, depth);
            if (!keys.add(key)) {
                throw new RejectedIntake(
                        at + ": appears twice " + where(parser.getLocation()) + "; give each field once");
            }
            object.add(key, value);
        }
        return object.build();
    }

    private static JsonArray readArray(JsonParser parser, String path, int depth) {
        requireShallow(path, depth);
        JsonArrayBuilder array = BUILDERS.createArrayBuilder();
        int index = 0;
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
            array.add(readValue(parser, event, path + "[" + index++ + "]", depth));
        }
        return array.build();
    }

    private static JsonValue readValue(JsonParser parser, JsonParser.Event event, String path, int depth) {
        return switch (event) {
            case START_OBJECT -> readObject(parser, path, depth + 1);
            case START_ARRAY -> readArray(parser, path, depth + 1);
            default -> parser.getValue();
        };
    }

    private static void requireShallow(String path, int depth) {
        if (depth > MAX_NESTING) {
            throw new RejectedIntake((path.isEmpty() ? "The message" : path) + " is nested more than " + MAX_NESTING
                    + " levels deep; an intake message nests three levels at most");
        }
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

    private static Source readSource(Fields in, JsonObject message) {
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

    private static Practice readPractice(Fields in, JsonObject message) {
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

    private static SubmitterRead readSubmitter(Fields in, JsonObject message) {
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

    private static List<String> readTexts(Fields in, JsonObject message, String name, String expected) {
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
            Fields in, JsonObject message, String name, Class<E> type, String kind) {
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

    private static List<AttachmentReference> readAttachments(Fields in, JsonObject message) {
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

    private static Certification readCertification(Fields in, JsonObject message) {
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
        JsonObjectBuilder json = BUILDERS.createObjectBuilder()
                .add(VERSION, IntakeMessage.VERSION)
                .add(REQUEST_KEY, message.requestKey())
                .add(SOURCE, message.source().json())
                .add(PERFORMANCE_YEAR, message.performanceYear())
                .add(APPLICATION_TYPE, message.applicationType().name())
                .add(IDENTIFIER, message.identifier());
        addIfPresent(json, TITLE, message.title());
        Practice practice = message.practice();
        if (practice != null) {
            JsonObjectBuilder object = BUILDERS.createObjectBuilder().add(TIN, practice.tin());
            addIfPresent(object, NAME, practice.name());
            json.add(PRACTICE, object.add(NOT_LISTED, practice.notListed()));
        }
        addIfPresent(json, SERVICE_DESK_TICKET, message.serviceDeskTicket());
        Submitter submitter = message.submitter();
        JsonObjectBuilder person = BUILDERS.createObjectBuilder();
        addIfPresent(person, NAME, submitter.name());
        person.add(PHONE, submitter.phone());
        addIfPresent(person, EXTENSION, submitter.extension());
        person.add(EMAIL, submitter.email())
                .add(RELATIONSHIP, submitter.relationship().name());
        addIfPresent(person, RELATIONSHIP_DESCRIPTION, submitter.relationshipDescription());
        json.add(SUBMITTER, person)
                .add(ADDITIONAL_ACCESS, strings(message.additionalAccess()))
                .add(
                        CATEGORIES,
                        strings(message.categories().stream().map(Enum::name).toList()))
                .add(
                        ISSUE_TYPES,
                        strings(message.issueTypes().stream().map(Enum::name).toList()))
                .add(EXPLANATION, message.explanation());
        JsonArrayBuilder attachments = BUILDERS.createArrayBuilder();
        for (AttachmentReference attachment : message.attachments()) {
            attachments.add(BUILDERS.createObjectBuilder()
                    .add(SHA256, attachment.sha256())
                    .add(FILE_NAME, attachment.fileName()));
        }
        json.add(ATTACHMENTS, attachments)
                .add(
                        CERTIFICATION,
                        BUILDERS.createObjectBuilder()
                                .add(CERTIFIED_BY, message.certification().certifiedBy())
                                .add(
                                        CERTIFIED_AT,
                                        message.certification().certifiedAt().toString())
                                .add(DISCLOSURE_ACCEPTED, true));

        StringWriter text = new StringWriter();
        try (JsonWriter writer = WRITERS.createWriter(text)) {
            writer.writeObject(json.build());
        }
        return text.toString();
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static JsonArrayBuilder strings(Collection<String> values) {
        JsonArrayBuilder array = BUILDERS.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    // ---- wording

    private static String at(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : "at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    /** A value as a sender would recognise it in their message, cut short if it is long. */
    private static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "the string " + quoted(((JsonString) value).getString());
            case NUMBER -> "the number " + value;
            case TRUE, FALSE -> String.valueOf(value);
            case NULL -> "null";
            case OBJECT -> "an object";
            case ARRAY -> "a list";
        };
    }

    private static String quoted(String text) {
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return "\"" + shown + "\"";
    }

    /** Reads the fields of one message, noting every problem rather than stopping at the first. */
    private static final class Fields {

        final List<String> problems = new ArrayList<>();

        void problem(String problem) {
            problems.add(problem);
        }

        /** The field's value, or null when it is absent or null (a problem only if it is required). */
        private JsonValue value(JsonObject object, String path, String name, boolean required, String expected) {
            JsonValue value = object.get(name);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                if (required) {
                    problem(at(path, name) + ": missing; expected " + expected);
                }
                return null;
            }
            return value;
        }

        private void wrongKind(String path, String expected, JsonValue found) {
            problem(path + ": expected " + expected + ", found " + describe(found));
        }

        String text(JsonObject object, String path, String name, boolean required, String expected) {
            JsonValue value = value(object, path, name, required, expected);
            return value == null ? null : text(value, at(path, name), expected);
        }

        /** A string, refused when it holds control characters: only the explanation may have line breaks and tabs. */
        String text(JsonValue value, String path, String expected) {
            if (value instanceof JsonString text) {
                String problem = PlainText.problemOf(text.getString(), Integer.MAX_VALUE, EXPLANATION.equals(path));
                if (problem != null) {
                    problem(path + ": " + problem);
                    return null;
                }
                return text.getString();
            }
            wrongKind(path, expected, value);
            return null;
        }

        Integer wholeNumber(JsonObject object, String path, String name, String expected) {
            JsonValue value = value(object, path, name, true, expected);
            if (value == null) {
                return null;
            }
            if (value instanceof JsonNumber number && number.isIntegral()) {
                try {
                    return number.intValueExact();
                } catch (ArithmeticException tooLarge) {
                    // Reported below like any other number that is not a year.
                }
            }
            wrongKind(at(path, name), expected, value);
            return null;
        }

        Boolean trueOrFalse(JsonObject object, String path, String name, boolean required) {
            JsonValue value = value(object, path, name, required, "true or false");
            if (value == null) {
                return null;
            }
            if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
                return value.getValueType() == JsonValue.ValueType.TRUE;
            }
            wrongKind(at(path, name), "true or false", value);
            return null;
        }

        JsonObject object(JsonObject object, String path, String name, boolean required, String expected) {
            JsonValue value = value(object, path, name, required, expected);
            return value == null ? null : object(value, at(path, name), expected);
        }

        JsonObject object(JsonValue value, String path, String expected) {
            if (value instanceof JsonObject object) {
                return object;
            }
            wrongKind(path, expected, value);
            return null;
        }

        /** The list's items; none when it is absent or not a list. */
        List<JsonValue> list(JsonObject object, String path, String name, boolean required, String expected) {
            JsonValue value = value(object, path, name, required, expected);
            if (value == null) {
                return List.of();
            }
            if (value instanceof JsonArray array) {
                return array;
            }
            wrongKind(at(path, name), expected, value);
            return List.of();
        }

        <E extends Enum<E>> E choice(JsonObject object, String path, String name, Class<E> type, String kind) {
            JsonValue value = value(object, path, name, true, kind + ", one of " + namesOf(type));
            return value == null ? null : choice(value, at(path, name), type, kind);
        }

        /** Names are exact: a sender that writes "quality" learns the name rather than having it guessed. */
        <E extends Enum<E>> E choice(JsonValue value, String path, Class<E> type, String kind) {
            String name = text(value, path, kind + ", one of " + namesOf(type));
            if (name == null) {
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            problem(path + ": " + quoted(name) + " is not " + kind + "; use one of " + namesOf(type));
            return null;
        }

        private static String namesOf(Class<? extends Enum<?>> type) {
            return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        }
    }
}
