package org.reviewdesk.reference;

import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;

/**
 * A National Provider Identifier: 10 digits, the first 1 or 2, the last a Luhn check digit
 * computed over the prefix 80840 and the first nine digits.
 */
public record Npi(String value) {

    public static final String FIELD = FormField.CLINICIAN_NPI.label();

    public Npi {
        value = validated(value, FIELD);
    }

    /** Reads an NPI typed by a person; spaces and dashes are ignored. */
    public static Npi parse(String text, String field) {
        return new Npi(validated(text, field));
    }

    private static String validated(String text, String field) {
        String digits = text == null ? "" : text.replaceAll("[\\s-]", "");
        if (digits.isEmpty()) {
            throw new InvalidInput(field, "Enter the clinician's 10-digit NPI");
        }
        if (!digits.matches("\\d{10}")) {
            throw new InvalidInput(field, "An NPI is exactly 10 digits; \"" + text.strip() + "\" is not");
        }
        if (digits.charAt(0) != '1' && digits.charAt(0) != '2') {
            throw new InvalidInput(field, "An NPI starts with 1 or 2; check the first digit");
        }
        if (!hasValidCheckDigit(digits)) {
            throw new InvalidInput(field, "This is not a valid NPI (its check digit does not match); check each digit");
        }
        return digits;
    }

    static boolean hasValidCheckDigit(String tenDigits) {
        String withPrefix = "80840" + tenDigits.substring(0, 9);
        return checkDigit(withPrefix) == tenDigits.charAt(9) - '0';
    }

    /** The Luhn check digit for a payload (the digit that would follow it). */
    static int checkDigit(String payload) {
        int sum = 0;
        boolean doubled = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int digit = payload.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
