package org.reviewdesk.it;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.reviewdesk.intake.IntakeMessage;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;
import org.reviewdesk.request.Relationship;

/** Complete intake messages for tests that need submitted cases, as a registry files them ({@link TestFiling} files them). */
public final class TestRequests {

    public static final String CLINICIAN_NPI = "1158813992";
    public static final String CONTACT = "support@registry.example.org";

    private TestRequests() {}

    /** An individual's request about one issue type; intake makes {@code certifiedBy} the owner of its case. */
    public static IntakeMessage individual(String requestKey, String certifiedBy, int year, IssueType issueType) {
        return new IntakeMessage(
                requestKey,
                IntakeMessage.Source.API,
                year,
                ApplicationType.INDIVIDUAL,
                CLINICIAN_NPI,
                "Test request " + requestKey,
                IntakeMessage.Practice.listed("123459403", "Pfeffer Group"),
                null,
                new IntakeMessage.Submitter(
                        "Regina Registry", "866-288-8292", null, CONTACT, Relationship.REGISTRY_QCDR, null),
                List.of(),
                Set.of(PerformanceCategory.QUALITY),
                Set.of(issueType),
                "The registry submitted the clinician's data under the wrong TIN.",
                List.of(),
                new IntakeMessage.Certification(certifiedBy, Instant.now()));
    }

    /** A group's request, with what search tells cases apart by: its TIN, issue types, categories and explanation. */
    public static IntakeMessage group(
            String requestKey,
            String certifiedBy,
            int year,
            String tin,
            Set<IssueType> issueTypes,
            Set<PerformanceCategory> categories,
            String explanation) {
        return new IntakeMessage(
                requestKey,
                IntakeMessage.Source.API,
                year,
                ApplicationType.GROUP,
                tin,
                "Test request " + requestKey,
                null,
                null,
                new IntakeMessage.Submitter(
                        "Regina Registry", "866-288-8292", null, CONTACT, Relationship.REGISTRY_QCDR, null),
                List.of(),
                categories,
                issueTypes,
                explanation,
                List.of(),
                new IntakeMessage.Certification(certifiedBy, Instant.now()));
    }
}
