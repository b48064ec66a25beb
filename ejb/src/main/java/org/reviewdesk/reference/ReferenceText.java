package org.reviewdesk.reference;

import org.reviewdesk.validation.InvalidInput;

/** The rule for names in reference data: present, at most 300 characters. */
final class ReferenceText {

    private ReferenceText() {}

    static String required(String text, String column) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new InvalidInput(column, "is empty; every row needs a " + column);
        }
        if (value.length() > 300) {
            throw new InvalidInput(column, "is longer than 300 characters");
        }
        return value;
    }
}
