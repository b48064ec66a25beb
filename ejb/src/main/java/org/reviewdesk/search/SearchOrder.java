package org.reviewdesk.search;

/** How search results are listed. */
public enum SearchOrder {
    RELEVANCE("Best match"),
    NEWEST("Newest first"),
    OLDEST("Oldest first");

    private final String label;

    SearchOrder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
