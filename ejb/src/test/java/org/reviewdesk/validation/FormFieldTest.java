package org.reviewdesk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reviewdesk.request.ApplicationType;

class FormFieldTest {

    @Test
    void everyFieldHasTheLabelAPersonReads() {
        for (FormField field : FormField.values()) {
            assertFalse(field.label() == null || field.label().isBlank(), field + " has no label");
            assertEquals(field.label().strip(), field.label(), field + "'s label has spaces at an end");
        }
    }

    @Test
    void aRefusalOfAFieldNamesItByItsLabelAsTheApiAndTheSummaryShowIt() {
        InvalidInput refused = new InvalidInput(FormField.PHONE_NUMBER, "Enter your phone number");

        assertEquals("Phone number", refused.errors().getFirst().field());
        assertEquals("Phone number: Enter your phone number", refused.getMessage());
    }

    @Test
    void theIdentifierOfEveryApplicationTypeIsAFieldTheEditorCanPlaceItsRefusalBeside() {
        for (ApplicationType type : ApplicationType.values()) {
            assertTrue(
                    FormField.labelled(type.identifierLabel()).isPresent(),
                    type + "'s identifier \"" + type.identifierLabel() + "\" is no FormField");
        }
        assertEquals(Optional.of(FormField.IDENTIFIER), FormField.labelled("Identifier"));
        assertEquals(Optional.empty(), FormField.labelled("Fax number"));
    }
}
