package org.reviewdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReadTextTest {

    @Test
    void textIsCleanedOfControlCharactersAndBlankRuns() {
        assertEquals("a b\nc\n\nd", ReadText.clean("  a\u0000\t b \n c\n\n\n\n\u00a0d  "));
    }

    @Test
    void truncatedTextIsCutAtTheLimitWithTheReason() {
        ReadText text = ReadText.truncated("text/plain", "abcdef", 4);
        assertEquals("abcd", text.text());
        assertEquals(ReadText.TRUNCATED, text.outcome());
        assertEquals("only the first 4 characters of its text are kept", text.problem());
    }
}
