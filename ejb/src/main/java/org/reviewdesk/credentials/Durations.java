package org.reviewdesk.credentials;

import java.time.Duration;

/** How long a link works, as a sentence says it: "1 hour", "24 hours", "30 minutes". */
final class Durations {

    private Durations() {}

    static String inWords(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes >= 60 && minutes % 60 == 0) {
            return plural(minutes / 60, "hour");
        }
        if (minutes >= 1) {
            return plural(minutes, "minute");
        }
        return plural(Math.max(1, duration.toSeconds()), "second");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
