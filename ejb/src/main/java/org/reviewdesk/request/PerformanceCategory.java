package org.reviewdesk.request;

/** MIPS performance categories a request may say were affected. */
public enum PerformanceCategory {
    QUALITY("Quality"),
    IMPROVEMENT_ACTIVITIES("Improvement Activities"),
    PROMOTING_INTEROPERABILITY("Promoting Interoperability"),
    COST("Cost"),
    ADDITIONAL_AWARDED_BONUS_POINTS("Additional Awarded Bonus Points");

    private final String label;

    PerformanceCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
