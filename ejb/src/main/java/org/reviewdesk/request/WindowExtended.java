package org.reviewdesk.request;

import java.time.Instant;
import java.util.List;

/**
 * A supervisor extended the submission window of a year; fired inside the transaction that extends it.
 *
 * @param performanceYear the year of the window
 * @param closes          its new close
 * @param draftOwners     the addresses of the submitters with a draft in that year, each told they can still submit
 */
public record WindowExtended(int performanceYear, Instant closes, List<String> draftOwners) {

    public WindowExtended {
        draftOwners = List.copyOf(draftOwners);
    }
}
