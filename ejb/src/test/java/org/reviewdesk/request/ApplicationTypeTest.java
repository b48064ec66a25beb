package org.reviewdesk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewdesk.validation.FieldError;
import org.reviewdesk.validation.InvalidInput;

/** The rules each application type owns: the identifier it reads, how it refuses a wrong one, its labels. */
class ApplicationTypeTest {

    @Test
    void eachTypeReadsItsIdentifierAsItIsKept() {
        assertEquals("1234567893", ApplicationType.INDIVIDUAL.parseIdentifier(" 1234-567-893 "));
        assertEquals("1234567893", ApplicationType.UNKNOWN.parseIdentifier("1234567893"));
        assertEquals("123459403", ApplicationType.GROUP.parseIdentifier("12-3459403"));
        assertEquals("VG123456", ApplicationType.VIRTUAL_GROUP.parseIdentifier("vg 123456"));
        assertEquals("AR0437", ApplicationType.APM_ENTITY.parseIdentifier("ar0437"));
    }

    @Test
    void anIndividualRefusesAWrongNpiNamingTheClinicianNpiField() {
        assertRefused(
                ApplicationType.INDIVIDUAL, "12345", "Clinician NPI", "An NPI is exactly 10 digits; \"12345\" is not");
        assertRefused(
                ApplicationType.INDIVIDUAL,
                "1234567890",
                "Clinician NPI",
                "This is not a valid NPI (its check digit does not match); check each digit");
        assertRefused(
                ApplicationType.UNKNOWN,
                "3234567893",
                "Clinician NPI",
                "An NPI starts with 1 or 2; check the first digit");
        assertRefused(ApplicationType.UNKNOWN, " ", "Clinician NPI", "Enter the clinician's 10-digit NPI");
    }

    @Test
    void aGroupRefusesAWrongTinNamingTheGroupTinField() {
        assertRefused(ApplicationType.GROUP, "12345", "Group TIN", "A TIN is exactly 9 digits; \"12345\" is not");
        assertRefused(ApplicationType.GROUP, null, "Group TIN", "Enter the 9-digit TIN");
    }

    @Test
    void aVirtualGroupRefusesAWrongIdNamingTheVirtualGroupIdField() {
        assertRefused(
                ApplicationType.VIRTUAL_GROUP,
                "VG-12",
                "Virtual Group ID",
                "Use only letters and digits, for example VG123456; \"VG-12\" has other characters");
        assertRefused(
                ApplicationType.VIRTUAL_GROUP,
                "VG1",
                "Virtual Group ID",
                "Use 4 to 20 letters and digits, for example VG123456");
    }

    @Test
    void anApmEntityRefusesAWrongIdNamingTheApmEntityIdField() {
        assertRefused(ApplicationType.APM_ENTITY, "", "APM Entity ID", "Enter the APM Entity ID, for example AR0437");
        assertRefused(
                ApplicationType.APM_ENTITY,
                "AR 04#37",
                "APM Entity ID",
                "Use only letters and digits, for example AR0437; \"AR 04#37\" has other characters");
    }

    @Test
    void eachTypeNamesItsIdentifierAndItsPartyAsTheScreensDo() {
        assertEquals(
                List.of("Clinician NPI", "Group TIN", "Virtual Group ID", "APM Entity ID", "Clinician NPI"),
                EnumSet.allOf(ApplicationType.class).stream()
                        .map(ApplicationType::identifierLabel)
                        .toList());
        assertEquals(
                List.of("Clinician Name", "Group Name", "Virtual Group Name", "APM Entity Name", "Clinician Name"),
                EnumSet.allOf(ApplicationType.class).stream()
                        .map(ApplicationType::nameLabel)
                        .toList());
    }

    @Test
    void onlyAnIndividualNeedsItsPracticeThoughUnknownIsAlsoAClinician() {
        assertTrue(ApplicationType.INDIVIDUAL.practiceRequired());
        assertFalse(ApplicationType.UNKNOWN.practiceRequired());
        assertTrue(ApplicationType.UNKNOWN.identifiedByNpi());
        assertFalse(ApplicationType.GROUP.identifiedByNpi());
    }

    @Test
    void anNpiNamesTheSamePartyWhetherTheRequestIsIndividualOrUnknown() {
        assertEquals(
                EnumSet.of(ApplicationType.INDIVIDUAL, ApplicationType.UNKNOWN),
                ApplicationType.UNKNOWN.sameIdentifierKind());
        assertEquals(EnumSet.of(ApplicationType.VIRTUAL_GROUP), ApplicationType.VIRTUAL_GROUP.sameIdentifierKind());
    }

    @Test
    void aPartyReadsWithItsNameTypeAndIdentifierAGroupsTinMasked() {
        Party group = Party.of("Pfeffer Group", ApplicationType.GROUP, "123459403");
        Party unknownClinician = Party.of(null, ApplicationType.INDIVIDUAL, "1234567893");

        assertEquals("Pfeffer Group (Group)", group.heading());
        assertEquals("Pfeffer Group (Group), Group TIN *****9403", group.withIdentifier());
        assertEquals("*****9403", group.shownIdentifier());
        assertEquals("1234567893 (Individual)", unknownClinician.heading());
        assertEquals("Individual, Clinician NPI 1234567893", unknownClinician.withIdentifier());
        assertEquals("NPI: 1234567893", unknownClinician.identifier().listed());
    }

    @Test
    void aDraftWithoutATypeSaysSo() {
        Party none = Party.of(null, null, null);

        assertEquals("Application type not chosen yet", none.heading());
        assertEquals("not chosen yet", none.withIdentifier());
        assertNull(none.shownIdentifier());
        assertEquals("", none.labelledIdentifier());
    }

    private static void assertRefused(ApplicationType type, String typed, String field, String message) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> type.parseIdentifier(typed));
        assertEquals(List.of(new FieldError(field, message)), refused.errors());
    }
}
