package org.reviewdesk.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReplyFilingTest {

    @Test
    void aReplyKeepsTheWordsWrittenAboveTheQuotedMail() {
        String reply =
                "Attached is the letter.\r\nThanks, Pat\r\n\r\nOn Tue, 1 Dec 2026, Review Desk wrote:\r\n> Please send";

        assertEquals("Attached is the letter.\nThanks, Pat", ReplyFiling.withoutQuotedHistory(reply));
    }

    @Test
    void invisibleControlCharactersAMailProgramAddedAreDroppedButLineBreaksAndTabsStay() {
        String reply = "Page one\fPage two\u0000\n\tIndented\u0085 end";

        assertEquals("Page onePage two\n\tIndented end", ReplyFiling.withoutQuotedHistory(reply));
    }
}
