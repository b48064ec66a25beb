package org.reviewdesk.portal;

import java.util.Arrays;

/**
 * The steps of filing a request, in the order of the submitter guide; the key is what the
 * request remembers as its last step, to resume there.
 */
public enum EditorStep {
    TYPE("type", 4, "Application Type and Identifying Information"),
    DETAILS("details", 5, "Submission Information – Details"),
    SUBMITTER("submitter", 5, "Submission Information – Submitter"),
    ACCESS("access", 5, "Submission Information – Additional Staff Access"),
    CATEGORIES("categories", 6, "Performance Categories"),
    ISSUE("issue", 7, "Issue Type and Explanation"),
    DOCUMENTS("documents", 7, "Supporting Documentation");

    private final String key;
    private final int guideStep;
    private final String heading;

    EditorStep(String key, int guideStep, String heading) {
        this.key = key;
        this.guideStep = guideStep;
        this.heading = heading;
    }

    public String key() {
        return key;
    }

    /** The step number of the submitter guide (4 to 7); step 8 is the certification dialog. */
    public int guideStep() {
        return guideStep;
    }

    public String heading() {
        return heading;
    }

    public boolean isFirst() {
        return ordinal() == 0;
    }

    public boolean isLast() {
        return ordinal() == values().length - 1;
    }

    public EditorStep next() {
        return isLast() ? this : values()[ordinal() + 1];
    }

    public EditorStep previous() {
        return isFirst() ? this : values()[ordinal() - 1];
    }

    /** The step a request was last saved at; a draft saved before steps existed starts at the first. */
    public static EditorStep ofKey(String key) {
        return Arrays.stream(values())
                .filter(step -> step.key.equals(key))
                .findFirst()
                .orElse(TYPE);
    }
}
