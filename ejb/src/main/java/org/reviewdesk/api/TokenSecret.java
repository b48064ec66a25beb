package org.reviewdesk.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Pattern;
import org.reviewdesk.security.Secrets;

/**
 * The secret of an API token: {@code rd_} followed by 256 random bits in base64url without
 * padding (43 characters). Only its SHA-256 is stored; the plain token is shown once, when it
 * is issued. A fast hash is enough here, unlike for passwords: the secret is random and as
 * long as the hash, so there is nothing to guess and nothing to slow down.
 */
public final class TokenSecret {

    public static final String PREFIX = "rd_";
    static final int RANDOM_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");

    private TokenSecret() {}

    /** A new token, never issued before (2^256 possibilities). */
    public static String generate() {
        byte[] bytes = Secrets.randomBytes(RANDOM_BYTES);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has the form of a token, checked before anything is looked up. */
    public static boolean looksLikeToken(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    /** The SHA-256 of the token's text, as 64 lower-case hexadecimal digits: what is stored. */
    public static String hash(String token) {
        return Secrets.sha256Hex(token);
    }

    /** Compares two hashes in time that does not depend on where they differ. */
    public static boolean sameHash(String expected, String actual) {
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }

    /** The last four characters, enough for a person to tell tokens apart, far too few to guess the rest. */
    static String hint(String token) {
        return "…" + token.substring(token.length() - 4);
    }
}
