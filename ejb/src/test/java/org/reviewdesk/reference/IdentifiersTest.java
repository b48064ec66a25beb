package org.reviewdesk.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reviewdesk.validation.FieldError;
import org.reviewdesk.validation.InvalidInput;

class IdentifiersTest {

    @Test
    void aValidNpiIsAcceptedWithSpacesAndDashesIgnored() {
        assertEquals("1234567893", Npi.parse("1234567893", "Clinician NPI").value());
        assertEquals("1234567893", Npi.parse(" 123-456 7893 ", "Clinician NPI").value());
    }

    @Test
    void eachNpiMistakeGetsAMessageThatNamesTheFieldAndTheFix() {
        assertRefused(() -> Npi.parse("1234567890", "Clinician NPI"), "Clinician NPI", "check digit");
        assertRefused(() -> Npi.parse("3234567893", "Clinician NPI"), "Clinician NPI", "starts with 1 or 2");
        assertRefused(() -> Npi.parse("123456789", "Clinician NPI"), "Clinician NPI", "exactly 10 digits");
        assertRefused(() -> Npi.parse("12345A7893", "Clinician NPI"), "Clinician NPI", "exactly 10 digits");
        assertRefused(() -> Npi.parse("", "Clinician NPI"), "Clinician NPI", "Enter the clinician's 10-digit NPI");
    }

    @Test
    void theCheckDigitFollowsTheLuhnRuleOverPrefix80840() {
        // Every tenth digit but one fails: only the computed check digit is accepted.
        int accepted = 0;
        for (int last = 0; last <= 9; last++) {
            try {
                Npi.parse("123456789" + last, "NPI");
                accepted++;
                assertEquals(3, last);
            } catch (InvalidInput refused) {
                assertTrue(refused.getMessage().contains("check digit"));
            }
        }
        assertEquals(1, accepted);
        assertEquals("2000000002", Npi.parse("2000000002", "NPI").value());
    }

    @Test
    void aTinIsNineDigitsAndShownMasked() {
        Tin tin = Tin.parse("12-3459403", "Group TIN");
        assertEquals("123459403", tin.value());
        assertEquals("*****9403", tin.masked());
        assertRefused(() -> Tin.parse("12345678", "Group TIN"), "Group TIN", "exactly 9 digits");
    }

    @Test
    void entityIdsAreUpperCaseLettersAndDigits() {
        assertEquals("AR0437", ApmEntityId.parse("ar0437").value());
        assertEquals("VG123456", VirtualGroupId.parse("VG 123456").value());
        assertRefused(() -> ApmEntityId.parse("AR-0437"), "APM Entity ID", "only letters and digits");
        assertRefused(() -> VirtualGroupId.parse(""), "Virtual Group ID", "Enter the Virtual Group ID");
    }

    static void assertRefused(Runnable action, String field, String messagePart) {
        InvalidInput refusal = assertThrows(InvalidInput.class, action::run);
        FieldError error = refusal.errors().get(0);
        assertEquals(field, error.field());
        assertTrue(error.message().contains(messagePart), error.message());
    }
}
