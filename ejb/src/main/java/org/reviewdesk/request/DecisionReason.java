package org.reviewdesk.request;

/**
 * Why a case was approved or denied (DESIGN §4). The denial reasons are the statutory
 * exclusions, data issues that belong to the service center, and what the review itself found;
 * the approval reasons follow the valid reasons of the submitter's step 3b.
 */
public enum DecisionReason {
    CALCULATION_ERROR_CONFIRMED(RequestStatus.APPROVED, "Error in the calculation confirmed and corrected"),
    DATA_NOT_USED(RequestStatus.APPROVED, "Submitted data was not used in scoring"),
    WRONG_TIN_OR_NPI(RequestStatus.APPROVED, "Data was attributed to the wrong TIN or NPI"),
    SPECIAL_STATUS_NOT_APPLIED(RequestStatus.APPROVED, "Special status or eligibility was not applied"),
    REWEIGHTING_NOT_APPLIED(
            RequestStatus.APPROVED,
            "Approved hardship or extreme and uncontrollable circumstances exception not applied"),
    APM_SCORING_ERROR(RequestStatus.APPROVED, "APM participation or QP determination was scored incorrectly"),

    ADJUSTMENT_METHODOLOGY(
            RequestStatus.DENIED, "Methodology of the payment adjustment factor (not subject to review)"),
    PERFORMANCE_STANDARDS_AND_PERIOD(
            RequestStatus.DENIED, "Performance standards and performance period (not subject to review)"),
    MEASURES_AND_ACTIVITIES(RequestStatus.DENIED, "Identification of measures and activities (not subject to review)"),
    SCORING_METHODOLOGY(RequestStatus.DENIED, "Scoring methodology (not subject to review)"),
    SERVICE_CENTER_DATA_ISSUE(RequestStatus.DENIED, "Data issue for the QPP Service Center, not a targeted review"),
    NO_ERROR_FOUND(RequestStatus.DENIED, "No error found: the calculation was correct"),
    INSUFFICIENT_INFORMATION(RequestStatus.DENIED, "Insufficient information to support the request"),
    DOCUMENTATION_NOT_PROVIDED(RequestStatus.DENIED, "Requested documentation was not provided in time");

    private final RequestStatus outcome;
    private final String label;

    DecisionReason(RequestStatus outcome, String label) {
        this.outcome = outcome;
        this.label = label;
    }

    /** {@link RequestStatus#APPROVED} or {@link RequestStatus#DENIED}. */
    public RequestStatus outcome() {
        return outcome;
    }

    public String label() {
        return label;
    }
}
