package org.reviewdesk.attachment;

/**
 * The text Tika found in a file and the media type it detected from the content.
 *
 * @param text    what could be read; empty when nothing could, partial when reading failed half-way
 * @param outcome whether all of it was read
 * @param problem why it was cut short or could not be read, in words for staff; null when read
 */
public record ExtractedText(String mediaType, String text, Outcome outcome, String problem) {

    public enum Outcome {
        /** The whole text was read. */
        READ,
        /** The text was longer than the limit and was cut there. */
        TRUNCATED,
        /** The file could not be read to the end: damaged, protected, too slow or too deep. */
        FAILED
    }

    public ExtractedText {
        text = text == null ? "" : text;
    }

    static ExtractedText failed(String mediaType, String partialText, String problem) {
        return new ExtractedText(mediaType, partialText, Outcome.FAILED, problem);
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    /** Whether only part of the text is here. */
    public boolean truncated() {
        return outcome != Outcome.READ;
    }

    /** The first {@code maxCharacters} of it, marked as cut when there was more. */
    public ExtractedText shortenedTo(int maxCharacters) {
        if (text.length() <= maxCharacters) {
            return this;
        }
        return new ExtractedText(
                mediaType,
                text.substring(0, maxCharacters),
                outcome == Outcome.READ ? Outcome.TRUNCATED : outcome,
                problem);
    }
}
