package org.reviewdesk.reference;

import java.util.List;

/**
 * What the reference data knows about the party a request names, to pre-populate the
 * request: its name, the clinician type, and the practices an individual bills under.
 */
public record PartyDetails(String name, String clinicianType, List<Practice> practices) {

    public PartyDetails {
        practices = List.copyOf(practices);
    }
}
