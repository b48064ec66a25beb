package org.reviewdesk.validation;

/**
 * The one rule for text a person types, on every form and in the API: no control characters
 * (NUL and the other C0/C1 codes; a database refuses or truncates them, and nobody can see them),
 * and no more characters than the field keeps. A multi-line field may hold line breaks and tabs.
 */
public final class PlainText {

    private PlainText() {}

    /** One line: a name, a title, a number. */
    public static String line(String text, String field, int max) {
        return check(text, field, max, false);
    }

    /** Several lines: an explanation, a comment, a narrative. */
    public static String lines(String text, String field, int max) {
        return check(text, field, max, true);
    }

    /**
     * What is wrong with this text, or null when it is fine; for callers that collect problems
     * under their own names (the API's field paths) rather than throwing.
     */
    public static String problemOf(String text, int max, boolean multiLine) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            if (Character.isISOControl(c) && !(multiLine && lineBreak)) {
                return "contains an invisible control character (" + name(c) + ") at character " + (i + 1)
                        + (lineBreak ? "; keep it on one line" : "; remove it");
            }
        }
        if (text.length() > max) {
            return "is " + text.length() + " characters long; keep it to at most " + max;
        }
        return null;
    }

    private static String check(String text, String field, int max, boolean multiLine) {
        String problem = problemOf(text, max, multiLine);
        if (problem != null) {
            throw new InvalidInput(field, capitalised(problem));
        }
        return text;
    }

    private static String name(char c) {
        return switch (c) {
            case 0 -> "NUL";
            case '\n' -> "line break";
            case '\r' -> "carriage return";
            case '\t' -> "tab";
            default -> String.format("U+%04X", (int) c);
        };
    }

    private static String capitalised(String problem) {
        return "It " + problem;
    }
}
