package org.reviewdesk.search;

/**
 * The text Tika found in a file and the media type it detected from the content.
 *
 * @param truncated true when the text was cut at the extraction limit
 */
public record ExtractedText(String mediaType, String text, boolean truncated) {
}
