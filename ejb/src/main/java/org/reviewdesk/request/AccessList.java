package org.reviewdesk.request;

import static org.reviewdesk.request.TargetedReviewRequest.ADDITIONAL_ACCESS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.reviewdesk.validation.EmailAddress;
import org.reviewdesk.validation.FieldError;
import org.reviewdesk.validation.InvalidInput;

/**
 * The rules of a request's list of addresses with additional access (step 5c): e-mail
 * addresses, kept in lower case, at most {@value #MAX_ADDRESSES} of them.
 */
final class AccessList {

    static final int MAX_ADDRESSES = 50;

    private AccessList() {}

    /** The addresses of a whole list as typed, blank lines skipped; every wrong one is refused at once. */
    static Set<String> parse(Collection<String> emails) {
        Set<String> addresses = new LinkedHashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (String email : emails == null ? List.<String>of() : emails) {
            if (email == null || email.isBlank()) {
                continue;
            }
            try {
                addresses.add(EmailAddress.parse(email, ADDITIONAL_ACCESS));
            } catch (InvalidInput invalid) {
                errors.addAll(invalid.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (addresses.size() > MAX_ADDRESSES) {
            throw new InvalidInput(ADDITIONAL_ACCESS, "List at most " + MAX_ADDRESSES + " addresses");
        }
        return addresses;
    }

    /** One more address for the list, as it is kept; refused when it is on the list already or the list is full. */
    static String oneMore(String email, Set<String> current) {
        String address = EmailAddress.parse(email, ADDITIONAL_ACCESS);
        if (current.contains(address)) {
            throw new InvalidInput(ADDITIONAL_ACCESS, address + " has access already");
        }
        if (current.size() >= MAX_ADDRESSES) {
            throw new InvalidInput(
                    ADDITIONAL_ACCESS,
                    "List at most " + MAX_ADDRESSES + " addresses; remove one before you add another");
        }
        return address;
    }
}
