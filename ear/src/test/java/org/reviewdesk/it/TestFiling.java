package org.reviewdesk.it;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.reviewdesk.intake.Intake;
import org.reviewdesk.intake.IntakeMessage;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.SubmissionWindows;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.request.TargetedReviews;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.Viewer;

/**
 * Files {@link TestRequests} through intake from inside the server, as a registry's requests are filed, in the current
 * submission window: for in-server tests ({@code @Inject TestFiling filing}) and the browser tests' seeds. A deployment
 * that uses it adds it and {@link TestRequests}.
 */
@Dependent
public class TestFiling {

    @EJB
    Intake intake;

    @EJB
    SubmissionWindows windows;

    @EJB
    TargetedReviews reviews;

    /** The performance year of the window open now. */
    public int currentYear() {
        return windows.current(Instant.now()).performanceYear();
    }

    /** Files the message as intake files any request. */
    public void file(IntakeMessage message) {
        intake.accept(message);
    }

    /** Files an individual's request owned by {@code owner}; returns the case. */
    public TargetedReviewRequest filedFor(String owner) {
        String key = owner + ":" + UUID.randomUUID();
        file(TestRequests.individual(key, owner, currentYear(), IssueType.GENERAL));
        return reviews.visibleTo(new Viewer(owner, "nobody@example.org", Set.of(Role.SUBMITTER))).stream()
                .filter(filed -> filed.title().equals("Test request " + key))
                .findFirst()
                .orElseThrow();
    }
}
