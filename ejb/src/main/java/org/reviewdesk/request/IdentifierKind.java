package org.reviewdesk.request;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.reviewdesk.reference.ApmEntityId;
import org.reviewdesk.reference.Npi;
import org.reviewdesk.reference.ParticipationDirectory;
import org.reviewdesk.reference.PartyDetails;
import org.reviewdesk.reference.Tin;
import org.reviewdesk.reference.VirtualGroupId;

/**
 * The kinds of identifier a party is known by, each with its own rules: how it is read from what a person typed,
 * how it is shown (a TIN only masked), and where the participation reference data keeps it.
 */
public enum IdentifierKind {
    NPI(
            "NPI",
            "e.g. 1234567893",
            (text, field) -> Npi.parse(text, field).value(),
            UnaryOperator.identity(),
            ParticipationDirectory::clinician),
    TIN(
            "TIN",
            "e.g. 123456789",
            (text, field) -> Tin.parse(text, field).value(),
            Tin::mask,
            ParticipationDirectory::practice),
    // A virtual group's and an APM entity's ID name their own field, which is the application type's identifier label.
    VIRTUAL_GROUP_ID(
            "Virtual Group ID",
            "e.g. ABCDE123456780",
            (text, field) -> VirtualGroupId.parse(text).value(),
            UnaryOperator.identity(),
            ParticipationDirectory::virtualGroup),
    APM_ENTITY_ID(
            "APM Entity ID",
            "e.g. ABCDE123456780",
            (text, field) -> ApmEntityId.parse(text).value(),
            UnaryOperator.identity(),
            ParticipationDirectory::apmEntity);

    private final String shortLabel;
    private final String placeholder;
    private final BiFunction<String, String, String> parser;
    private final UnaryOperator<String> shown;
    private final BiFunction<ParticipationDirectory, String, Optional<PartyDetails>> lookUp;

    IdentifierKind(
            String shortLabel,
            String placeholder,
            BiFunction<String, String, String> parser,
            UnaryOperator<String> shown,
            BiFunction<ParticipationDirectory, String, Optional<PartyDetails>> lookUp) {
        this.shortLabel = shortLabel;
        this.placeholder = placeholder;
        this.parser = parser;
        this.shown = shown;
        this.lookUp = lookUp;
    }

    /** What lists call it: "NPI", "TIN". */
    public String shortLabel() {
        return shortLabel;
    }

    /** The example the portal's input field shows. */
    public String placeholder() {
        return placeholder;
    }

    /**
     * The identifier as it is kept, read from what a person typed.
     *
     * @throws org.reviewdesk.validation.InvalidInput naming {@code field} when it breaks the identifier's rules
     */
    public String parse(String text, String field) {
        return parser.apply(text, field);
    }

    /** The identifier as screens, documents and mail show it: a TIN masked but for its last four digits. */
    public String shown(String value) {
        return value == null ? null : shown.apply(value);
    }

    /** What the participation reference data knows about the party with this identifier. */
    public Optional<PartyDetails> lookUp(ParticipationDirectory directory, String value) {
        return lookUp.apply(directory, value);
    }
}
