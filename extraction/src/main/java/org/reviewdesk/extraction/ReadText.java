package org.reviewdesk.extraction;

/**
 * What the child read from one file, as it reports it to the server: the detected type, the text, whether all of it
 * was read ({@link #READ}, {@link #TRUNCATED}, {@link #FAILED}: the names of the server's
 * {@code ExtractedText.Outcome}) and why not.
 */
record ReadText(String mediaType, String text, String outcome, String problem) {

    static final String READ = "READ";
    static final String TRUNCATED = "TRUNCATED";
    static final String FAILED = "FAILED";

    static ReadText read(String mediaType, String text) {
        return new ReadText(mediaType, text, READ, null);
    }

    static ReadText truncated(String mediaType, String text, int maxCharacters) {
        return new ReadText(
                mediaType,
                text.substring(0, Math.min(text.length(), maxCharacters)),
                TRUNCATED,
                "only the first " + maxCharacters + " characters of its text are kept");
    }

    static ReadText failed(String mediaType, String partialText, String problem) {
        return new ReadText(mediaType, partialText, FAILED, problem);
    }

    /**
     * The text without characters a database column or an XML page cannot hold (NUL and other
     * control characters), with runs of blanks and empty lines (office formats leave many between
     * cells) folded to one.
     */
    static String clean(String raw) {
        StringBuilder cleaned = new StringBuilder(raw.length());
        int newlines = 0;
        int spaces = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n') {
                newlines++;
                spaces = 0;
            } else if (c == '\t' || c == ' ' || Character.isISOControl(c) || c == '\u00a0') {
                spaces++;
            } else {
                if (!cleaned.isEmpty()) {
                    cleaned.append(newlines > 1 ? "\n\n" : newlines == 1 ? "\n" : spaces > 0 ? " " : "");
                }
                newlines = 0;
                spaces = 0;
                cleaned.append(c);
            }
        }
        return cleaned.toString();
    }
}
