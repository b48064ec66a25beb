package org.reviewdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        PasswordHash hash = PasswordHash.of("correct horse battery".toCharArray());

        assertTrue(hash.matches("correct horse battery".toCharArray()));
        assertFalse(hash.matches("correct horse batterY".toCharArray()));
    }

    @Test
    void twoHashesOfOnePasswordDifferBySalt() {
        PasswordHash first = PasswordHash.of("same password here".toCharArray());
        PasswordHash second = PasswordHash.of("same password here".toCharArray());

        assertNotEquals(first.salt(), second.salt());
        assertNotEquals(first.hash(), second.hash());
    }

    @Test
    void anUnusableHashMatchesNoPassword() {
        PasswordHash unusable = PasswordHash.unusable();

        assertFalse(unusable.matches("".toCharArray()));
        assertFalse(unusable.matches("review-desk-demo".toCharArray()));
        assertNotEquals(unusable.hash(), PasswordHash.unusable().hash());
    }

    /**
     * Elytron checks sign-ins by computing SCRAM's Hi() (RFC 5802) over the stored salt
     * and iteration count; the stored hash must be exactly that value, or no one can sign in.
     */
    @Test
    void theStoredHashIsTheScramSha256SaltedPassword() throws Exception {
        PasswordHash hash = PasswordHash.of("review-desk-demo".toCharArray());

        byte[] salt = Base64.getDecoder().decode(hash.salt());
        byte[] expected = scramHi("review-desk-demo".getBytes(StandardCharsets.UTF_8), salt, hash.iterations());

        assertEquals(Base64.getEncoder().encodeToString(expected), hash.hash());
    }

    private static byte[] scramHi(byte[] password, byte[] salt, int iterations) throws Exception {
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(password, "HmacSHA256"));
        hmac.update(salt);
        hmac.update(new byte[] {0, 0, 0, 1});
        byte[] u = hmac.doFinal();
        byte[] result = u.clone();
        for (int i = 1; i < iterations; i++) {
            u = hmac.doFinal(u);
            for (int j = 0; j < result.length; j++) {
                result[j] ^= u[j];
            }
        }
        return result;
    }
}
