package org.reviewdesk.validation.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reviewdesk.validation.FieldError;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;

/**
 * What the domain refused on a form, by field: each message is shown next to its field and
 * in the summary at the top of the form, so nobody has to guess what to fix. Refusals are kept by
 * the label they name ({@link FieldError#field()}) and found by the {@link FormField} whose label
 * it is.
 */
public class FormErrors implements Serializable {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public void clear() {
        byField.clear();
    }

    public void show(InvalidInput refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldError error : refused.errors()) {
            byField.merge(error.field(), error.message(), (first, next) -> first + " " + next);
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.field() + ": ", error.message()));
        }
        faces.validationFailed();
    }

    /**
     * The message for this field, or null when it is fine. A page names the field by its constant
     * ({@code 'PHONE_NUMBER'}), which EL turns into the {@link FormField}, or fails the page.
     */
    public String of(FormField field) {
        return byField.get(field.label());
    }

    public boolean has(FormField field) {
        return byField.containsKey(field.label());
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }
}
