package org.reviewdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Stored hashes of secrets stay what they were, whichever kind of secret they belong to. */
class SecretsTest {

    @Test
    void theStoredHashIsTheStandardSha256InLowerCaseHex() {
        // FIPS 180-2's test vector: tokens stored before this class existed still match.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Secrets.sha256Hex("abc"));
    }

    @Test
    void twoSecretsAreNeverTheSame() {
        assertEquals(32, Secrets.randomBytes(32).length);
        assertFalse(java.util.Arrays.equals(Secrets.randomBytes(32), Secrets.randomBytes(32)));
    }
}
