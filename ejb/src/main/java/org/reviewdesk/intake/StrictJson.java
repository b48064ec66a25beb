package org.reviewdesk.intake;

import static org.reviewdesk.intake.JsonFields.at;
import static org.reviewdesk.intake.JsonFields.describe;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * JSON read strictly: exactly one object, each key once, nested no deeper than an intake message can be, each
 * refusal a {@link RejectedIntake} that says where in the text the problem is.
 */
final class StrictJson {

    /** Version 1 nests three levels deep; anything much deeper is not an intake message. */
    private static final int MAX_NESTING = 16;

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    private StrictJson() {}

    /**
     * Reads exactly one JSON object. Parsers disagree on which of two equal keys wins, and
     * text after the object would be silently lost, so both are refused.
     */
    static JsonObject parseOneObject(String text) {
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

    private static String where(JsonLocation location) {
        return location == null ? "" : "at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }
}
