package org.reviewdesk.request;

/** Kinds of issue a submitter reports; reviewers handle them by type. */
public enum IssueType {
    SUBMISSION(
            "Submission",
            "Your practice reported to MIPS as a group, and your vendor included the wrong TIN in the file they submitted on your behalf."),
    ELIGIBILITY_SPECIAL_STATUS(
            "Eligibility and/or Special Status Determination(s)",
            "You are a hospital-based clinician who qualified for automatic reweighting of Promoting Interoperability to 0%, but your feedback shows it was not reweighted."),
    EXTREME_UNCONTROLLABLE_CIRCUMSTANCES(
            "Extreme and Uncontrollable Circumstances",
            "You submitted data for 2 performance categories, but the 2 categories you did not submit were not reweighted to 0%."),
    MEASURE_ACTIVITY(
            "Measure/Activity Issues",
            "Your group submitted all 3 measures of its specialty measure set, but the quality denominator was not lowered to 30 points."),
    GENERAL(
            "General Issues",
            "You qualified for facility-based scoring but did not automatically receive a quality score based on your facility's Hospital VBP score.");

    private final String label;
    private final String example;

    IssueType(String label, String example) {
        this.label = label;
        this.example = example;
    }

    public String label() {
        return label;
    }

    public String example() {
        return example;
    }
}
