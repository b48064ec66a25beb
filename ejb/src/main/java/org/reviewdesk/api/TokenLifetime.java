package org.reviewdesk.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import org.reviewdesk.configuration.EasternTime;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;

/**
 * When a token being issued expires: by default a set time after it is issued ({@code
 * reviewdesk.api-token-lifetime}, a year), or at the end of a day the administrator chose, in US
 * Eastern time like every date on the screens. A chosen day is after today and at most
 * {@link #LONGEST} ahead: a token that works for years is one nobody remembers to rotate.
 */
final class TokenLifetime {

    static final String FIELD = FormField.TOKEN_EXPIRY.label();

    /** The furthest an administrator may set a token's expiry, and the longest default a deployment may configure. */
    static final Period LONGEST = Period.ofYears(2);

    private TokenLifetime() {}

    /**
     * @param chosenDay the day the administrator typed ({@code 2027-06-30}), or blank for the default
     * @throws InvalidInput when the day is malformed, not after today, or more than two years ahead
     */
    static Instant expiryOf(String chosenDay, Instant now, Duration defaultLifetime) {
        if (chosenDay == null || chosenDay.isBlank()) {
            return now.plus(defaultLifetime);
        }
        LocalDate day;
        try {
            day = LocalDate.parse(chosenDay.strip());
        } catch (DateTimeParseException malformed) {
            throw new InvalidInput(
                    FIELD,
                    "Write the day as year-month-day, such as 2027-06-30, or leave it empty for a year from today");
        }
        LocalDate today = EasternTime.dayOf(now);
        if (!day.isAfter(today)) {
            throw new InvalidInput(
                    FIELD, "Choose a day after today (" + today + "); a token that has expired cannot be issued");
        }
        LocalDate latest = today.plus(LONGEST);
        if (day.isAfter(latest)) {
            throw new InvalidInput(
                    FIELD,
                    "Choose a day at most two years ahead (" + latest
                            + " at the latest); issue a new token when it nears its end");
        }
        return EasternTime.startOf(day.plusDays(1));
    }
}
