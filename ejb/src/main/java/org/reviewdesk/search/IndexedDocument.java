package org.reviewdesk.search;

/** One entry of the search index: a unique key, a title, and the text to find it by. */
public record IndexedDocument(String key, String title, String text) {

    public IndexedDocument {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("An indexed document needs a key");
        }
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }
}
