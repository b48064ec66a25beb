package org.reviewdesk.security;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The same work for a user name that has no account as for one that has: a sign-in for an unknown or disabled
 * account checks the password against this hash of a random secret, with the same PBKDF2 and iteration count as a
 * real account's, so how long a refusal takes does not tell a stranger which user names exist.
 */
public final class DecoyPassword {

    private static final PasswordHash DECOY = randomHash();

    private DecoyPassword() {}

    /** Hashes the candidate as checking a real account's password does, and refuses it. */
    public static boolean refuse(char[] candidate) {
        DECOY.matches(candidate);
        return false;
    }

    private static PasswordHash randomHash() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return PasswordHash.of(Base64.getEncoder().encodeToString(secret).toCharArray());
    }
}
