package org.reviewdesk.reference;

import java.util.Locale;
import org.reviewdesk.validation.InvalidInput;

/** The rule shared by virtual group and APM entity IDs: upper-case letters and digits. */
final class EntityId {

    static final int MAX_LENGTH = 20;

    private EntityId() {}

    /** Upper-cases what a person typed (spaces dropped) and checks it, naming the field in the message. */
    static String validated(String text, String field, String example) {
        String id = text == null ? "" : text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (id.isEmpty()) {
            throw new InvalidInput(field, "Enter the " + field + ", for example " + example);
        }
        if (!id.matches("[A-Z0-9]+")) {
            throw new InvalidInput(
                    field,
                    "Use only letters and digits, for example " + example + "; \"" + text.strip()
                            + "\" has other characters");
        }
        if (id.length() < 4 || id.length() > MAX_LENGTH) {
            throw new InvalidInput(field, "Use 4 to " + MAX_LENGTH + " letters and digits, for example " + example);
        }
        return id;
    }
}
