package org.reviewdesk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reviewdesk.validation.InvalidInput;

class PhoneNumberTest {

    @Test
    void aNorthAmericanNumberIsAcceptedWithOrWithoutDashes() {
        assertEquals("+18662888292", PhoneNumber.parse("866-288-8292", "").e164());
        assertEquals("+18662888292", PhoneNumber.parse("(866) 288 8292", null).e164());
        assertEquals(
                "866-288-8292 ext. 12", PhoneNumber.parse("8662888292", "12").display());
    }

    @Test
    void areaCodesAndExchangesStartingWithZeroOrOneAreRefused() {
        assertMessage(() -> PhoneNumber.parse("166-288-8292", ""), "area code");
        assertMessage(() -> PhoneNumber.parse("866-188-8292", ""), "exchange");
    }

    @Test
    void numbersOutsideNorthAmericaAndNonsenseAreRefused() {
        assertMessage(() -> PhoneNumber.parse("+44 20 7946 0958", ""), "North American");
        assertMessage(() -> PhoneNumber.parse("call me", ""), "not a phone number");
        assertMessage(() -> PhoneNumber.parse("866-288-8292", "12a"), "extension");
        assertMessage(() -> PhoneNumber.parse(" ", ""), "Enter a phone number");
    }

    private static void assertMessage(Runnable action, String part) {
        InvalidInput refusal = assertThrows(InvalidInput.class, action::run);
        assertTrue(refusal.getMessage().contains(part), refusal.getMessage());
    }
}
