package org.reviewdesk.validation;

/**
 * What is wrong with one input and how to fix it.
 *
 * @param field   the input's name as the user sees it, for example "Clinician NPI" (a {@link FormField}'s label, or
 *                the API's name of what it refuses)
 * @param message what to do, for example "Enter the 10 digits of the NPI"
 */
public record FieldError(String field, String message) {

    /** The refusal of a field a form shows it beside. */
    public FieldError(FormField field, String message) {
        this(field.label(), message);
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
