package org.reviewdesk.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;

/**
 * The one rule for a password someone chooses, after NIST SP 800-63B (5.1.1.2): long enough, not one
 * that attackers try first, and nothing else. There are deliberately no composition rules (no "one
 * digit, one capital"): they make passwords harder to remember without making them harder to guess.
 * <ul>
 *   <li>at least {@value #MINIMUM_LENGTH} characters, counted as Unicode code points (an emoji or an
 *       accented letter is one character), at most {@value #MAXIMUM_LENGTH} (enough for any passphrase,
 *       short enough that hashing it costs nothing extra);</li>
 *   <li>not one of the 30,000 most common passwords of breach corpora, shipped as
 *       {@code security/common-passwords.txt} (its source and how to regenerate it: {@code ejb/src/etc/common-passwords.sh}),
 *       compared without regard to case;</li>
 *   <li>not one character or one run repeated ({@code aaaaaaaaaaaa}, {@code passwordpassword}), nor a plain
 *       sequence of characters up or down ({@code abcdefghijkl}, {@code 9876543210});</li>
 *   <li>not containing the user name, the e-mail address or its part before the @, nor the name of
 *       this service: the words an attacker who targets this account tries first.</li>
 * </ul>
 * A refusal is an {@link InvalidInput} on the field {@value #FIELD} that says what to do instead.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 128;
    public static final String FIELD = FormField.PASSWORD.label();

    static final String LIST = "/security/common-passwords.txt";

    /** Shorter context words (a two-letter user name) would refuse good passphrases that merely contain them. */
    private static final int SHORTEST_CONTEXT_WORD = 4;

    private static final Pattern REPEATED = Pattern.compile("(.+?)\\1+", Pattern.DOTALL);
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final String SERVICE_NAME = "reviewdesk";

    private PasswordPolicy() {}

    /**
     * Refuses a password the policy does not allow for the account with this user name and e-mail
     * (either may be null when not known yet).
     */
    public static void check(String password, String username, String email) {
        String refusal = refusal(password, username, email);
        if (refusal != null) {
            throw new InvalidInput(FIELD, refusal);
        }
    }

    /** Whether the password is on the shipped list of common and breached passwords (any case). */
    public static boolean isCommon(String password) {
        return CommonPasswords.SET.contains(password.toLowerCase(Locale.ROOT));
    }

    private static String refusal(String password, String username, String email) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            return "use at least " + MINIMUM_LENGTH + " characters; a passphrase of several words is easy to remember";
        }
        if (length > MAXIMUM_LENGTH) {
            return "use at most " + MAXIMUM_LENGTH + " characters";
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (isCommon(password)) {
            return "this is one of the most common passwords, the first that attackers try; choose another, "
                    + "for example a few unrelated words";
        }
        if (REPEATED.matcher(folded).matches() || isSequence(folded)) {
            return "a repeated or sequential run of characters (like aaaa… or 1234…) is easy to guess; choose another, "
                    + "for example a few unrelated words";
        }
        if (containsContext(folded, username, email)) {
            return "do not use your user name, your e-mail address or the name Review Desk in it; choose another";
        }
        return null;
    }

    private static boolean isSequence(String folded) {
        int[] points = folded.codePoints().toArray();
        int step = points[1] - points[0];
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < points.length; i++) {
            if (points[i] - points[i - 1] != step) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsContext(String folded, String username, String email) {
        String compact = NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll("");
        if (compact.contains(SERVICE_NAME)) {
            return true;
        }
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        String localPart = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return Stream.of(name, address, localPart)
                .filter(word -> !word.isEmpty())
                .anyMatch(
                        word -> folded.equals(word) || word.length() >= SHORTEST_CONTEXT_WORD && folded.contains(word));
    }

    /** The list, read once, the first time a password is checked. */
    private static final class CommonPasswords {
        static final Set<String> SET = read();

        private static Set<String> read() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
                if (in == null) {
                    throw new IllegalStateException(LIST + " is missing from the application");
                }
                return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                        .lines()
                        .filter(line -> !line.isEmpty())
                        .map(line -> line.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
