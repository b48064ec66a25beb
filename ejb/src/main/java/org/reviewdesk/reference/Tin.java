package org.reviewdesk.reference;

import org.reviewdesk.validation.InvalidInput;

/** A Taxpayer Identification Number: 9 digits, shown masked but for the last four. */
public record Tin(String value) {

    public static final String FIELD = "TIN";

    public Tin {
        value = validated(value, FIELD);
    }

    /** Reads a TIN typed by a person; spaces and dashes (12-3456789) are ignored. */
    public static Tin parse(String text, String field) {
        return new Tin(validated(text, field));
    }

    private static String validated(String text, String field) {
        String digits = text == null ? "" : text.replaceAll("[\\s-]", "");
        if (digits.isEmpty()) {
            throw new InvalidInput(field, "Enter the 9-digit TIN");
        }
        if (!digits.matches("\\d{9}")) {
            throw new InvalidInput(field, "A TIN is exactly 9 digits; \"" + text.strip() + "\" is not");
        }
        return digits;
    }

    /** The TIN as shown on screens and in documents: {@code *****9403}. */
    public String masked() {
        return mask(value);
    }

    public static String mask(String tin) {
        return tin == null || tin.length() < 4 ? "" : "*****" + tin.substring(tin.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
