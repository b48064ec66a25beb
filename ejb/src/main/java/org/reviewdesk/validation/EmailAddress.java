package org.reviewdesk.validation;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;

/** An e-mail address as Review Desk keeps it: one plain address, lower-case. */
public final class EmailAddress {

    private EmailAddress() {}

    /** Checks one address (RFC 822, strict, with a dotted domain) and returns it lower-cased. */
    public static String parse(String text, String field) {
        String address = text == null ? "" : text.strip();
        if (address.isEmpty()) {
            throw new InvalidInput(field, "Enter an e-mail address such as name@example.org");
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            String plain = parsed.getAddress();
            if (parsed.getPersonal() != null
                    || !plain.equals(address)
                    || !plain.substring(plain.indexOf('@') + 1).contains(".")) {
                throw new AddressException("not a plain address with a domain");
            }
            return plain.toLowerCase(Locale.ROOT);
        } catch (AddressException e) {
            throw new InvalidInput(
                    field, "\"" + address + "\" is not an e-mail address; write it like name@example.org");
        }
    }
}
