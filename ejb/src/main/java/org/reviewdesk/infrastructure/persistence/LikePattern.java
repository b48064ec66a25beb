package org.reviewdesk.infrastructure.persistence;

import java.util.Locale;

/**
 * The JPQL {@code LIKE} pattern of a search box: what was typed, anywhere in the text, in any case, with {@code %},
 * {@code _} and the escape character itself taken literally. Use it with {@code LOWER(field) LIKE :p ESCAPE '\'}.
 */
public final class LikePattern {

    /** The escape character the pattern uses, for the {@code ESCAPE} clause. */
    public static final char ESCAPE = '\\';

    private LikePattern() {}

    /** {@code %text%} in lower case, or {@code %} (everything) for no search. */
    public static String containing(String search) {
        String text = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
