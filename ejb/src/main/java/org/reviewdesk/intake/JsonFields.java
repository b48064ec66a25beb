package org.reviewdesk.intake;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.reviewdesk.validation.PlainText;

/**
 * Reads the fields of one JSON message, noting every problem rather than stopping at the first, each under the path of
 * its field and worded as a sender would recognise it.
 */
final class JsonFields {

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
            String problem =
                    PlainText.problemOf(text.getString(), Integer.MAX_VALUE, IntakeJson.EXPLANATION.equals(path));
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

    // ---- wording

    static String at(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** A value as a sender would recognise it in their message, cut short if it is long. */
    static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "the string " + quoted(((JsonString) value).getString());
            case NUMBER -> "the number " + value;
            case TRUE, FALSE -> String.valueOf(value);
            case NULL -> "null";
            case OBJECT -> "an object";
            case ARRAY -> "a list";
        };
    }

    static String quoted(String text) {
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return "\"" + shown + "\"";
    }
}
