package org.reviewdesk.request;

import java.util.Objects;
import java.util.Optional;
import org.reviewdesk.reference.ParticipationDirectory;
import org.reviewdesk.reference.PartyDetails;

/**
 * The identifier a request is filed under, typed by its application type: the NPI of an individual, the TIN of a
 * group, the ID of a virtual group or APM entity. Made only from a value the type's rules accepted ({@link #parse}),
 * or read back from a request that was.
 */
public record PartyIdentifier(ApplicationType type, String value) {

    public PartyIdentifier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    /** What the submitter typed, read by the type's rules; an error names the type's identifier field. */
    public static PartyIdentifier parse(ApplicationType type, String text) {
        return new PartyIdentifier(type, type.parseIdentifier(text));
    }

    public IdentifierKind kind() {
        return type.identifierKind();
    }

    /** As screens, documents and mail show it: a TIN masked. */
    public String shown() {
        return kind().shown(value);
    }

    /** With the type's field label, as mail and queues show it: "Clinician NPI 1158813992", "Group TIN *****9403". */
    public String labelled() {
        return type.identifierLabel() + " " + shown();
    }

    /** With the kind's short label, as the submitter's list shows it: "NPI: 1158813992", "TIN: *****9403". */
    public String listed() {
        return kind().shortLabel() + ": " + shown();
    }

    /** What the participation reference data knows about the party. */
    public Optional<PartyDetails> lookUp(ParticipationDirectory directory) {
        return kind().lookUp(directory, value);
    }
}
