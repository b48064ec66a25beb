package org.reviewdesk.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void whatWasTypedIsFoundAnywhereInAnyCaseWithWildcardsTakenLiterally() {
        assertEquals("%pat.submitter@example.org%", LikePattern.containing("  Pat.Submitter@EXAMPLE.org "));
        assertEquals("%100\\% of\\_it \\\\ all%", LikePattern.containing("100% of_it \\ all"));
    }

    @Test
    void noSearchFindsEverything() {
        assertEquals("%%", LikePattern.containing(null));
        assertEquals("%%", LikePattern.containing("   "));
    }
}
