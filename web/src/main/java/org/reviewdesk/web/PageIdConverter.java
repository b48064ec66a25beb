package org.reviewdesk.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * The {@code id} of a page address ({@code case.xhtml?id=42}). Anything that is not a positive
 * number, such as {@code ?id=abc} or a number too large for an ID, becomes {@link #NO_SUCH_ID}, an
 * ID no request ever has: the page then answers "not found" exactly as for an unknown ID. The
 * standard converter would instead fail the view's validation, skip the page's view action and
 * render the page without its request.
 */
@FacesConverter("reviewdesk.pageId")
public class PageIdConverter implements Converter<Long> {

    /** Request IDs come from a sequence that starts at 1. */
    public static final long NO_SUCH_ID = 0;

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = value.strip();
        if (!digits.matches("\\d{1,18}")) {
            return NO_SUCH_ID;
        }
        return Long.parseLong(digits);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}
