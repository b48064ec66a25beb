package org.reviewdesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reviewdesk.validation.InvalidInput;

class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2021-09-01T14:00:00Z");
    private static final Instant A_YEAR_LATER = NOW.plus(Duration.ofDays(365));
    private static final ApiClient ACME =
            new ApiClient("Acme EHR", ApiClientKind.EHR_VENDOR, "api@acme-ehr.example.org", "admin", NOW);

    @Test
    void aTokenIsRdAndTheBase64urlOf256RandomBits() {
        String token = TokenSecret.generate();

        assertTrue(token.startsWith("rd_"), token);
        assertEquals(3 + 43, token.length(), token);
        assertTrue(token.substring(3).matches("[A-Za-z0-9_-]+"), "base64url without padding: " + token);
        assertEquals(32, java.util.Base64.getUrlDecoder().decode(token.substring(3)).length);
        assertTrue(TokenSecret.looksLikeToken(token));
    }

    @Test
    void tokensNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(TokenSecret.generate()));
        }
    }

    @Test
    void anythingElseDoesNotLookLikeAToken() {
        String token = TokenSecret.generate();
        for (String other : new String[] {
            null,
            "",
            "rd_",
            token.substring(3),
            "RD_" + token.substring(3),
            token + "x",
            token.substring(0, token.length() - 1),
            "rd_" + "a".repeat(42) + "=",
            "rd_" + "a".repeat(42) + "+"
        }) {
            assertFalse(TokenSecret.looksLikeToken(other), String.valueOf(other));
        }
    }

    @Test
    void onlyTheHashAndTheLastCharactersAreKept() {
        String secret = TokenSecret.generate();
        ApiToken token = new ApiToken(ACME, secret, " production ", "admin", NOW, A_YEAR_LATER);

        assertEquals("production", token.label());
        assertEquals("…" + secret.substring(secret.length() - 4), token.hint());
        assertTrue(token.matches(secret));
        assertFalse(token.matches(TokenSecret.generate()));
        assertEquals(64, TokenSecret.hash(secret).length());
        assertTrue(TokenSecret.hash(secret).matches("[0-9a-f]{64}"));
        assertNotEquals(TokenSecret.hash(secret), TokenSecret.hash(TokenSecret.generate()));
        // SHA-256 of "abc", the standard test vector: the hash is of the token's text, nothing added.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenSecret.hash("abc"));
    }

    @Test
    void aTokenNeedsALabel() {
        InvalidInput refused = assertThrows(
                InvalidInput.class, () -> new ApiToken(ACME, TokenSecret.generate(), "  ", "admin", NOW, A_YEAR_LATER));
        assertEquals("Label", refused.errors().get(0).field());
        assertThrows(
                InvalidInput.class,
                () -> new ApiToken(
                        ACME, TokenSecret.generate(), "x".repeat(ApiToken.MAX_LABEL + 1), "admin", NOW, A_YEAR_LATER));
    }

    @Test
    void aRevokedTokenStaysRevokedAndSaysWhoRevokedIt() {
        ApiToken token = new ApiToken(ACME, TokenSecret.generate(), "production", "admin", NOW, A_YEAR_LATER);
        assertFalse(token.isRevoked());

        token.revoke("alex", NOW.plusSeconds(60));

        assertTrue(token.isRevoked());
        assertEquals("alex", token.revokedBy());
        assertEquals(NOW.plusSeconds(60), token.revokedAt());
        InvalidInput again = assertThrows(InvalidInput.class, () -> token.revoke("morgan", NOW.plusSeconds(120)));
        assertTrue(again.getMessage().contains("revoked already"), again.getMessage());
        assertEquals("alex", token.revokedBy(), "a second revocation changes nothing");
    }

    @Test
    void lastUseIsRecordedAtMostOnceAMinute() {
        ApiToken token = new ApiToken(ACME, TokenSecret.generate(), "production", "admin", NOW, A_YEAR_LATER);

        assertTrue(token.usedAt(NOW));
        assertFalse(token.usedAt(NOW.plusSeconds(30)));
        assertEquals(NOW, token.lastUsedAt());
        assertTrue(token.usedAt(NOW.plus(Duration.ofMinutes(1))));
        assertEquals(NOW.plus(Duration.ofMinutes(1)), token.lastUsedAt());
    }

    @Test
    void aTokenExpiresSoonInItsLastThirtyDaysAndIsExpiredFromItsExpiryOn() {
        ApiToken token = new ApiToken(ACME, TokenSecret.generate(), "production", "admin", NOW, A_YEAR_LATER);

        assertFalse(token.expiresSoonAt(NOW));
        assertFalse(token.expiresSoonAt(A_YEAR_LATER.minus(Duration.ofDays(30)).minusSeconds(1)));
        assertTrue(token.expiresSoonAt(A_YEAR_LATER.minus(Duration.ofDays(30))));
        assertFalse(token.isExpiredAt(A_YEAR_LATER.minusSeconds(1)));
        assertTrue(token.isExpiredAt(A_YEAR_LATER));
        assertFalse(token.expiresSoonAt(A_YEAR_LATER), "an expired token is expired, not expiring");
        assertThrows(
                IllegalArgumentException.class,
                () -> new ApiToken(ACME, TokenSecret.generate(), "production", "admin", NOW, NOW));
    }

    @Test
    void aClientActsUnderItsApiIdentityWhichNoAccountCanHave() {
        assertEquals("api:50", ApiClient.usernameOf(50));
        assertEquals(50L, ApiClient.idOf("api:50").orElseThrow());
        assertTrue(ApiClient.idOf("submitter").isEmpty());
        assertTrue(ApiClient.idOf("api:").isEmpty());
        assertTrue(ApiClient.idOf("api:5x").isEmpty());
        assertThrows(
                org.reviewdesk.validation.InvalidInput.class,
                () -> new org.reviewdesk.security.UserAccount(
                        "api:50",
                        "Impostor",
                        "x@example.org",
                        new org.reviewdesk.security.PasswordHash("h", "s", 1),
                        Set.of(org.reviewdesk.security.Role.SUBMITTER)));
    }

    @Test
    void aClientNeedsANameAKindAndAContactAddress() {
        assertEquals(
                "Organisation",
                assertThrows(
                                InvalidInput.class,
                                () -> new ApiClient(" ", ApiClientKind.OTHER, "a@example.org", "admin", NOW))
                        .errors()
                        .get(0)
                        .field());
        assertEquals(
                "Kind",
                assertThrows(InvalidInput.class, () -> new ApiClient("Acme", null, "a@example.org", "admin", NOW))
                        .errors()
                        .get(0)
                        .field());
        assertEquals(
                "Contact e-mail",
                assertThrows(
                                InvalidInput.class,
                                () -> new ApiClient("Acme", ApiClientKind.OTHER, "not an address", "admin", NOW))
                        .errors()
                        .get(0)
                        .field());
        assertEquals(
                "Acme EHR Inc.",
                new ApiClient("  Acme  EHR\tInc. ", ApiClientKind.OTHER, "a@example.org", "admin", NOW)
                        .organisationName());
    }
}
