package org.reviewdesk.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted PBKDF2-HMAC-SHA-256 hash of a password with a 256-bit output. That is exactly
 * the salted password of SCRAM-SHA-256, so WildFly's Elytron realm (scram-mapper in
 * {@code wildfly-config/40-security.cli}) checks sign-ins against the stored value.
 */
public record PasswordHash(String hash, String salt, int iterations) {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA-256. */
    public static final int ITERATIONS = 600_000;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    public PasswordHash {
        if (hash == null || salt == null || iterations < 1) {
            throw new IllegalArgumentException("A password hash needs a hash, a salt and an iteration count");
        }
    }

    /**
     * Hashes a password. What passwords may be chosen is {@link PasswordPolicy}'s rule, applied by
     * {@link UserAccount#choosePassword}; this only refuses to hash nothing.
     */
    public static PasswordHash of(char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("A password hash needs a password");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(encode(derive(password, salt, ITERATIONS)), encode(salt), ITERATIONS);
    }

    /**
     * A hash that no password matches: random bytes where the derived key would be. Finding a password
     * for it would mean inverting PBKDF2; it is what an account holds until its owner chooses a
     * password (an invited account), so the sign-in realm, which needs a hash, refuses every password.
     */
    public static PasswordHash unusable() {
        byte[] salt = new byte[SALT_BYTES];
        byte[] noKey = new byte[HASH_BITS / 8];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(noKey);
        return new PasswordHash(encode(noKey), encode(salt), ITERATIONS);
    }

    public boolean matches(char[] candidate) {
        byte[] expected = Base64.getDecoder().decode(hash);
        byte[] actual = derive(candidate, Base64.getDecoder().decode(salt), iterations);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        // SCRAM normalises the password (SASLprep) before hashing; NFKC is its core, and what Elytron applies.
        char[] normalized =
                Normalizer.normalize(new String(password), Normalizer.Form.NFKC).toCharArray();
        PBEKeySpec spec = new PBEKeySpec(normalized, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "PasswordHash[PBKDF2-HMAC-SHA-256, " + iterations + " iterations]";
    }
}
