package org.reviewdesk.request;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;

/**
 * A North American phone number (area code and exchange starting 2-9), checked with Google's
 * libphonenumber, kept in E.164 form with an optional extension.
 */
public record PhoneNumber(String e164, String extension) {

    public static final String FIELD = FormField.PHONE_NUMBER.label();
    public static final String EXTENSION_FIELD = FormField.PHONE_EXTENSION.label();

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    public static PhoneNumber parse(String text, String extensionText) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(FIELD, "Enter a phone number with its area code, such as 866-288-8292");
        }
        String extension = extensionText == null ? "" : extensionText.strip();
        if (!extension.isEmpty() && !extension.matches("\\d{1,6}")) {
            throw new InvalidInput(EXTENSION_FIELD, "An extension is 1 to 6 digits; leave it empty if there is none");
        }
        Phonenumber.PhoneNumber number;
        try {
            number = PHONES.parse(text, "US");
        } catch (NumberParseException e) {
            throw new InvalidInput(
                    FIELD, "\"" + text.strip() + "\" is not a phone number; enter 10 digits such as 866-288-8292");
        }
        String national = String.valueOf(number.getNationalNumber());
        if (number.getCountryCode() != 1 || national.length() != 10) {
            throw new InvalidInput(
                    FIELD, "Enter a North American number: a 3-digit area code and 7 digits, such as 866-288-8292");
        }
        if (national.charAt(0) < '2' || national.charAt(3) < '2') {
            throw new InvalidInput(
                    FIELD,
                    "The area code and the exchange (the 3 digits after it) cannot start with 0 or 1; check the number");
        }
        if (!PHONES.isValidNumber(number)) {
            throw new InvalidInput(FIELD, "\"" + text.strip() + "\" is not a valid number: check the area code");
        }
        if (number.hasExtension() && extension.isEmpty()) {
            extension = number.getExtension();
        }
        return new PhoneNumber(
                PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164), extension.isEmpty() ? null : extension);
    }

    /** As people write it: 866-288-8292 ext. 12. */
    public String display() {
        return display(e164, extension);
    }

    public static String display(String e164, String extension) {
        if (e164 == null) {
            return "";
        }
        String digits = e164.substring(e164.length() - 10);
        String shown = digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
        return extension == null ? shown : shown + " ext. " + extension;
    }
}
