package org.reviewdesk.validation;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every input a form shows a refusal beside, named once: a service refuses with the constant
 * ({@code new InvalidInput(FormField.PHONE_NUMBER, ...)}), and a page places the message by the
 * constant's name ({@code <ui:param name="field" value="PHONE_NUMBER"/>}, which EL turns into the
 * constant: an unknown name fails the page, and {@code FormFieldNamesTest} fails the build first).
 * The label is what the user reads in the summary ("Phone number: Enter ..."), and what
 * {@link FieldError#field()} and the API's problem list say, word for word as before.
 *
 * <p>Several fields may read alike ("Reason" on four forms): the label is the field's name as a
 * person sees it, the constant is the field.
 */
public enum FormField {
    // The submitter's request
    SUPPORTING_DOCUMENTATION("Supporting documentation"),
    APPLICATION_TYPE("Application type"),
    /** The identifier before the application type is chosen. */
    IDENTIFIER("Identifier"),
    CLINICIAN_NPI("Clinician NPI"),
    GROUP_TIN("Group TIN"),
    VIRTUAL_GROUP_ID("Virtual Group ID"),
    APM_ENTITY_ID("APM Entity ID"),
    TITLE("Title"),
    GROUP_PRACTICE_NAME("Group Practice Name"),
    PRACTICE_TIN("Practice TIN"),
    SERVICE_DESK_TICKET("Service Desk Ticket Number"),
    PHONE_NUMBER("Phone number"),
    PHONE_EXTENSION("Ext."),
    EMAIL("Email"),
    RELATIONSHIP("Relationship"),
    RELATIONSHIP_DESCRIPTION("Describe your relationship"),
    ADDITIONAL_ACCESS("Additional Staff Access Email(s)"),
    PERFORMANCE_CATEGORIES("Performance Categories"),
    ISSUE_TYPES("Issue Types"),
    EXPLANATION("Detailed Explanation"),
    COMMENT("Comment"),
    // Review
    CASES("Cases"),
    REVIEWER("Reviewer"),
    REASSIGNMENT_REASON("Reason"),
    DOCUMENTATION_NEEDED("What is needed"),
    DECISION_REASON("Reason"),
    DECISION_NARRATIVE("Narrative to the submitter"),
    LEGAL_HOLD_REASON("Reason"),
    SEARCH("Search"),
    SEARCH_NAME("Name of the search"),
    // Submission windows
    PERFORMANCE_YEAR("Performance year"),
    WINDOW("Window"),
    RELEASE_DATE("Release date"),
    CLOSING_DAY("Closing day"),
    EXTENDED_UNTIL("Extended until"),
    WINDOW_CHANGE_REASON("Reason"),
    // Administration
    ACCOUNT("Account"),
    INVITATION("Invitation"),
    USER_NAME("User name"),
    NAME("Name"),
    ACCOUNT_EMAIL("E-mail"),
    ROLES("Roles"),
    ORGANISATION("Organisation"),
    CONTACT_EMAIL("Contact e-mail"),
    TOKEN_LABEL("Label"),
    TOKEN_EXPIRY("Expires on"),
    REFERENCE_FILE("File"),
    RESEND("Resend"),
    // One's own account
    USER_NAME_OR_EMAIL("User name or e-mail"),
    CURRENT_PASSWORD("Current password"),
    PASSWORD("Password"),
    REPEAT_PASSWORD("Repeat the password"),
    NEW_EMAIL("New e-mail");

    private final String label;

    FormField(String label) {
        this.label = label;
    }

    /** The field's name as the user reads it. */
    public String label() {
        return label;
    }

    /**
     * The field a label names, for a label that is data rather than a constant (an application
     * type's identifier); of fields that read alike, the first.
     */
    public static Optional<FormField> labelled(String label) {
        return Arrays.stream(values())
                .filter(field -> field.label.equals(label))
                .findFirst();
    }
}
