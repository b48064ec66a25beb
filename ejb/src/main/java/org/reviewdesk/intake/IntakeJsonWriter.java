package org.reviewdesk.intake;

import static org.reviewdesk.intake.IntakeJson.ADDITIONAL_ACCESS;
import static org.reviewdesk.intake.IntakeJson.APPLICATION_TYPE;
import static org.reviewdesk.intake.IntakeJson.ATTACHMENTS;
import static org.reviewdesk.intake.IntakeJson.CATEGORIES;
import static org.reviewdesk.intake.IntakeJson.CERTIFICATION;
import static org.reviewdesk.intake.IntakeJson.CERTIFIED_AT;
import static org.reviewdesk.intake.IntakeJson.CERTIFIED_BY;
import static org.reviewdesk.intake.IntakeJson.DISCLOSURE_ACCEPTED;
import static org.reviewdesk.intake.IntakeJson.EMAIL;
import static org.reviewdesk.intake.IntakeJson.EXPLANATION;
import static org.reviewdesk.intake.IntakeJson.EXTENSION;
import static org.reviewdesk.intake.IntakeJson.FILE_NAME;
import static org.reviewdesk.intake.IntakeJson.IDENTIFIER;
import static org.reviewdesk.intake.IntakeJson.ISSUE_TYPES;
import static org.reviewdesk.intake.IntakeJson.NAME;
import static org.reviewdesk.intake.IntakeJson.NOT_LISTED;
import static org.reviewdesk.intake.IntakeJson.PERFORMANCE_YEAR;
import static org.reviewdesk.intake.IntakeJson.PHONE;
import static org.reviewdesk.intake.IntakeJson.PRACTICE;
import static org.reviewdesk.intake.IntakeJson.RELATIONSHIP;
import static org.reviewdesk.intake.IntakeJson.RELATIONSHIP_DESCRIPTION;
import static org.reviewdesk.intake.IntakeJson.REQUEST_KEY;
import static org.reviewdesk.intake.IntakeJson.SERVICE_DESK_TICKET;
import static org.reviewdesk.intake.IntakeJson.SHA256;
import static org.reviewdesk.intake.IntakeJson.SOURCE;
import static org.reviewdesk.intake.IntakeJson.SUBMITTER;
import static org.reviewdesk.intake.IntakeJson.TIN;
import static org.reviewdesk.intake.IntakeJson.TITLE;
import static org.reviewdesk.intake.IntakeJson.VERSION;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import java.io.StringWriter;
import java.util.Collection;
import java.util.Map;
import org.reviewdesk.intake.IntakeMessage.AttachmentReference;
import org.reviewdesk.intake.IntakeMessage.Practice;
import org.reviewdesk.intake.IntakeMessage.Submitter;

/** Writes an intake message as the compact JSON text of version 1 that {@link IntakeJson#read} reads back. */
final class IntakeJsonWriter {

    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());

    private IntakeJsonWriter() {}

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
}
