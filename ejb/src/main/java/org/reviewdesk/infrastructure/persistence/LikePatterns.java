package org.reviewdesk.infrastructure.persistence;

import java.util.Locale;

/**
 * The one way a search box becomes a {@code LIKE} pattern: lower case, "contains", with the wildcard
 * characters a person types taken literally. Use it with {@code LOWER(column) LIKE :p ESCAPE '\'}.
 */
public final class LikePatterns {

    private LikePatterns() {
    }

    public static String containing(String search) {
        String text = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
