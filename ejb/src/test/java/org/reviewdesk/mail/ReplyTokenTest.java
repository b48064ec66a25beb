package org.reviewdesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplyTokenTest {

    @Test
    void aTokenIs192RandomBitsInLowerCaseHexThatFitAnAddressLocalPart() {
        String token = ReplyToken.generate();

        assertTrue(ReplyToken.FORMAT.matcher(token).matches(), token);
        assertTrue(("replies+" + token).length() <= 64, "an address's local part is at most 64 characters");
    }

    @Test
    void noTwoTokensAreAlike() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            tokens.add(ReplyToken.generate());
        }
        assertEquals(10_000, tokens.size());
    }

    @Test
    void whatIsKeptIsTheSha256OfTheTokenNotTheToken() {
        String token = ReplyToken.generate();

        assertTrue(ReplyToken.hash(token).matches("[0-9a-f]{64}"));
        assertNotEquals(token, ReplyToken.hash(token));
        assertEquals(ReplyToken.hash(token), ReplyToken.hash(new String(token)), "the same token finds the same row");
    }

    @Test
    void aTokenSpeaksForItsRequestAndItsRecipientInLowerCase() {
        ReplyToken kept = new ReplyToken(ReplyToken.generate(), 42, "Office@Example.org", Instant.EPOCH);

        assertEquals(42, kept.requestId());
        assertEquals("office@example.org", kept.recipient());
    }
}
