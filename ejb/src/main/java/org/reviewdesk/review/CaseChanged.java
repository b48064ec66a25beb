package org.reviewdesk.review;

import jakarta.ejb.ApplicationException;

/**
 * Someone else changed the case since this person opened it: their action was not carried out,
 * so nothing they did not see is overwritten. {@link ReviewWork#changesSince} says what changed.
 */
@ApplicationException(rollback = true)
public class CaseChanged extends RuntimeException {

    private final long requestId;
    private final long seenVersion;

    public CaseChanged(long requestId, long seenVersion) {
        super("Case " + requestId
                + " changed since you opened it; nothing was saved. Look at what changed, then try again");
        this.requestId = requestId;
        this.seenVersion = seenVersion;
    }

    public long requestId() {
        return requestId;
    }

    public long seenVersion() {
        return seenVersion;
    }
}
