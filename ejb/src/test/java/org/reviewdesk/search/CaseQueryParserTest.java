package org.reviewdesk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.reviewdesk.validation.InvalidInput;

/** The query box's language, as Lucene queries. */
class CaseQueryParserTest {

    @Test
    void wordsSearchTheTextStaffMayReadNotesIncluded() {
        String staff = CaseQueryParser.parse("transferred", true).toString();
        String submitter = CaseQueryParser.parse("transferred", false).toString();
        assertTrue(
                staff.contains("note:transfer")
                        && staff.contains("notefile:transfer")
                        && staff.contains("file:transfer"),
                staff);
        assertTrue(submitter.contains("file:transfer") && submitter.contains("explanation:transfer"), submitter);
        assertFalse(submitter.contains("note"), "a submitter's words never look into notes: " + submitter);
    }

    @Test
    void aSubmitterAskingForNotesByNameGetsNothing() {
        Query note = CaseQueryParser.parse("note:secret", false);
        assertInstanceOf(MatchNoDocsQuery.class, note);
        assertFalse(CaseQueryParser.parse("file:secret", false).toString().contains("notefile"));
    }

    @Test
    void allWordsMustMatchUnlessOrSaysOtherwise() {
        assertEquals(
                2,
                CaseQueryParser.parse("scores wrong", true)
                        .toString()
                        .chars()
                        .filter(c -> c == '+')
                        .count());
        assertFalse(CaseQueryParser.parse("scores OR wrong", true).toString().contains("+"));
    }

    @Test
    void identifiersMatchWholeOrByTheirStartAndIgnoreDashes() {
        String tin = CaseQueryParser.parse("tin:12-3459403", true).toString();
        assertTrue(
                tin.contains("(tin:123459403)^4.0")
                        && tin.contains("tin:123459403*")
                        && tin.contains("practicetin:123459403*"),
                tin);
        String bare = CaseQueryParser.parse("1158813", true).toString();
        assertTrue(bare.contains("identifier:1158813*") && bare.contains("number:1158813"), bare);
        assertFalse(
                CaseQueryParser.parse("hardship", true).toString().contains("identifier"),
                "a plain word is not an identifier");
    }

    @Test
    void codesAreMatchedWhicheverWayTheyAreTyped() {
        assertEquals(
                "status:submitted_in_review",
                CaseQueryParser.parse("status:\"Submitted In-Review\"", true).toString());
        assertEquals(
                "issue:general", CaseQueryParser.parse("issue:GENERAL", true).toString());
    }

    @Test
    void aDecisionReasonIsSearchedByItsCode() {
        // The supervisor's dashboard opens a denial reason's bar as this search.
        assertEquals(
                "+year:2025 +status:denied +reason:no_error_found",
                CaseQueryParser.parse("year:2025 status:denied reason:NO_ERROR_FOUND", true)
                        .toString());
    }

    @Test
    void datesAreWholeDaysInEasternTime() {
        String day = CaseQueryParser.parse("submitted:2026-03-02", true).toString();
        // 2026-03-02T05:00Z to 2026-03-03T04:59:59.999Z
        assertEquals("submitted:[1772427600000 TO 1772513999999]", day);
        assertTrue(CaseQueryParser.parse("decided:[2026-01-01 TO *]", true)
                .toString()
                .endsWith(" TO 9223372036854775807]"));
        InvalidInput badDate = assertThrows(InvalidInput.class, () -> CaseQueryParser.parse("submitted:March", true));
        assertEquals(
                "Dates are written 2026-03-31, not March",
                badDate.errors().getFirst().message());
    }

    @Test
    void aPrefixThatIsNoFieldIsPartOfTheWord() {
        String namespaced = CaseQueryParser.parse("abc:Def", true).toString();
        assertTrue(namespaced.contains("explanation:abc:def") && namespaced.contains("comment:abc:def"), namespaced);
        assertTrue(CaseQueryParser.parse("colour:blu*", true).toString().contains("file:colour:blu*"));
        String unknown = CaseQueryParser.parse("colour:blue", true).toString();
        assertTrue(
                unknown.contains("comment:colour:blu") && unknown.contains("+filename:colour +filename:blue"), unknown);
    }

    @Test
    void aWebAddressIsSearchedAsTyped() {
        String address =
                CaseQueryParser.parse("https://qpp.cms.gov/mips/explore", true).toString();
        assertTrue(address.contains("explanation:https://qpp.cms.gov/mips/explor"), address);
    }

    @Test
    void aQueryOfTooManyWordsIsRefusedInWords() {
        String words = "scores ".repeat(CaseQueryParser.MAX_WORDS);
        CaseQueryParser.parse(words, true);
        InvalidInput refused = assertThrows(InvalidInput.class, () -> CaseQueryParser.parse(words + " cost", true));
        assertEquals("Search", refused.errors().getFirst().field());
        assertTrue(
                refused.errors().getFirst().message().startsWith("The query has more than 64 words"),
                refused.errors().getFirst().message());
        InvalidInput tooLong =
                assertThrows(InvalidInput.class, () -> CaseQueryParser.parse("\"" + "a".repeat(3000) + "\"", true));
        assertTrue(
                tooLong.errors().getFirst().message().contains("at most 2000"),
                tooLong.errors().getFirst().message());
    }

    @Test
    void aPatternTooComplexToSearchWithIsRefusedInWords() {
        InvalidInput refused =
                assertThrows(InvalidInput.class, () -> CaseQueryParser.parse("/(a|b)*a(a|b){24}/", true));
        assertTrue(
                refused.errors().getFirst().message().startsWith("A /pattern/ in the query is too complex"),
                refused.errors().getFirst().message());
    }

    @Test
    void mistakesAreExplainedInWords() {
        InvalidInput unclosed = assertThrows(InvalidInput.class, () -> CaseQueryParser.parse("(scores AND", true));
        assertTrue(
                unclosed.errors().getFirst().message().startsWith("The query could not be read"),
                unclosed.errors().getFirst().message());
    }
}
