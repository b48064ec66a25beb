package org.reviewdesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Replies must find their request again by the tag in the subject, whatever mail clients do to it. */
class SubjectTagTest {

    private static final String SUBJECT =
            "[Review Desk #42] 2025 TARGETED REVIEW ID: 17: new comment from Riley Reviewer";

    @Test
    void theTagCarriesTheRequestsDatabaseId() {
        assertEquals("[Review Desk #42]", Notifications.subjectTag(42));
        assertEquals(OptionalLong.of(42), Notifications.requestIdFromSubject(SUBJECT));
    }

    @Test
    void replyAndForwardPrefixesInAnyLanguageDoNotMatter() {
        for (String prefix :
                List.of("Re: ", "RE: ", "AW: ", "Aw: AW: ", "Re: AW: ", "Fwd: Re: ", "SV: ", "[reviewers] Re: ")) {
            assertEquals(OptionalLong.of(42), Notifications.requestIdFromSubject(prefix + SUBJECT), prefix);
        }
    }

    @Test
    void theTagIsFoundWhereverItStandsAndInAnyCase() {
        assertEquals(
                OptionalLong.of(42),
                Notifications.requestIdFromSubject("Our answer about the vendor [Review Desk #42]"));
        assertEquals(OptionalLong.of(42), Notifications.requestIdFromSubject("Re: [REVIEW DESK #42] received"));
        assertEquals(
                OptionalLong.of(42),
                Notifications.requestIdFromSubject("Re: [Review Desk #42] Re: [Review Desk #42] received"));
    }

    @Test
    void everyIdARequestCanHaveSurvivesTheRoundTrip() {
        for (long id : new long[] {1, 42, 1_000_000, Long.MAX_VALUE}) {
            assertEquals(
                    OptionalLong.of(id),
                    Notifications.requestIdFromSubject("Re: " + Notifications.subjectTag(id) + " decided"));
        }
    }

    @Test
    void aSubjectWithoutATagBelongsToNoRequest() {
        for (String subject : new String[] {
            null,
            "",
            "Re: 2025 TARGETED REVIEW ID: 17 received",
            "[Review Desk #] hello",
            "[Review Desk #abc]",
            "[Review Desk 42]",
            "Review Desk #42",
            "[Review Desk #-42]",
            "[Review Desk #99999999999999999999]",
            "[Review Desk #9223372036854775808]"
        }) {
            assertEquals(OptionalLong.empty(), Notifications.requestIdFromSubject(subject), subject);
        }
    }

    @Test
    void tagsOfTwoRequestsInOneSubjectAreNotGuessedBetween() {
        assertEquals(
                OptionalLong.empty(),
                Notifications.requestIdFromSubject("Fwd: [Review Desk #42] received Re: [Review Desk #43] received"));
    }
}
