package org.reviewdesk.validation;

/**
 * What is wrong with one input and how to fix it.
 *
 * @param field   the input's name as the user sees it, for example "Clinician NPI"
 * @param message what to do, for example "Enter the 10 digits of the NPI"
 */
public record FieldError(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
