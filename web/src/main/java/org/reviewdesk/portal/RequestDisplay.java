package org.reviewdesk.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.reviewdesk.attachment.Attachment;
import org.reviewdesk.attachment.AttachmentPolicy;
import org.reviewdesk.configuration.EasternTime;
import org.reviewdesk.reference.Tin;
import org.reviewdesk.request.IdentifierKind;
import org.reviewdesk.request.PartyIdentifier;
import org.reviewdesk.request.PhoneNumber;
import org.reviewdesk.request.TargetedReviewRequest;

/** How requests read on every screen: the party, identifiers with TINs masked, dates in Eastern time. */
@Named
@ApplicationScoped
public class RequestDisplay {

    /** "Valerie Shea (Individual)"; the identifier stands in for a name the reference data did not know. */
    public String party(TargetedReviewRequest request) {
        return request.party().heading();
    }

    /** The identifiers as lists show them: "NPI: 1158813992", "TIN: *****9403" (a group's, or an individual's practice). */
    public List<String> identifiers(TargetedReviewRequest request) {
        List<String> shown = new ArrayList<>();
        PartyIdentifier identifier = request.partyIdentifier();
        if (identifier != null) {
            shown.add(identifier.listed());
        }
        if ((identifier == null || identifier.kind() != IdentifierKind.TIN) && request.practiceTin() != null) {
            shown.add(IdentifierKind.TIN.shortLabel() + ": " + Tin.mask(request.practiceTin()));
        }
        return shown;
    }

    /** The identifier of the application type, a TIN masked. */
    public String identifier(TargetedReviewRequest request) {
        return orDash(request.party().shownIdentifier());
    }

    public String maskedTin(String tin) {
        return tin == null ? "—" : Tin.mask(tin);
    }

    public String phone(TargetedReviewRequest request) {
        return request.contactPhone() == null
                ? "—"
                : PhoneNumber.display(request.contactPhone(), request.contactPhoneExtension());
    }

    public String moment(Instant instant) {
        return instant == null ? "—" : EasternTime.dayAndTime(instant);
    }

    /** The day only, in US Eastern, where a table has no room for the time. */
    public String day(Instant instant) {
        return instant == null ? "—" : EasternTime.day(instant);
    }

    public String describe(Attachment file) {
        return AttachmentPolicy.describe(file.mediaType()) + ", " + AttachmentPolicy.size(file.sizeBytes());
    }

    public String orDash(Object value) {
        return value == null || value.toString().isBlank() ? "—" : value.toString();
    }
}
