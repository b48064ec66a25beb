package org.reviewdesk.intake;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * An intake message that cannot be read as version 1 of the intake message: not JSON, an
 * unknown version, or fields missing or of the wrong kind. Each reason names the field by
 * its path in the message ({@code categories[1]}, {@code submitter.phone}) and says what to
 * send instead. Redelivering the same message cannot help, so it belongs in the dead-letter
 * queue with {@link #getMessage()} as its reason.
 */
// Not rolled back: it is thrown before anything is written, and the consumer's transaction must stay
// usable to move the message to the dead-letter queue and acknowledge it in one commit.
@ApplicationException(rollback = false)
public class RejectedIntake extends RuntimeException {

    private final List<String> reasons;

    public RejectedIntake(List<String> reasons) {
        super(String.join("; ", reasons));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A rejected intake message needs at least one reason");
        }
        this.reasons = List.copyOf(reasons);
    }

    public RejectedIntake(String reason) {
        this(List.of(reason));
    }

    /** Every problem found, in the order of the message's fields. */
    public List<String> reasons() {
        return reasons;
    }
}
