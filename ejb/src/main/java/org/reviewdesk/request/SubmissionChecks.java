package org.reviewdesk.request;

import static org.reviewdesk.request.RequestContent.APPLICATION_TYPE;
import static org.reviewdesk.request.RequestContent.CATEGORIES;
import static org.reviewdesk.request.RequestContent.EMAIL;
import static org.reviewdesk.request.RequestContent.EXPLANATION;
import static org.reviewdesk.request.RequestContent.ISSUE_TYPES;
import static org.reviewdesk.request.RequestContent.PRACTICE;
import static org.reviewdesk.request.RequestContent.RELATIONSHIP;
import static org.reviewdesk.request.RequestContent.RELATIONSHIP_OTHER;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.reviewdesk.validation.FieldError;
import org.reviewdesk.validation.InvalidInput;

/**
 * What a request needs before it can be submitted: every field of steps 4 to 7 the submitter
 * guide requires, and a submission window for its performance year. The draft's status, the
 * portal's certify-and-submit and intake all ask here, so they refuse with the same words.
 */
public final class SubmissionChecks {

    private SubmissionChecks() {}

    /** Everything still missing before this request can be submitted, each with what to do. */
    static List<FieldError> problemsOf(RequestContent request) {
        ApplicationType type = request.applicationType();
        Relationship relationship = request.relationship();
        List<FieldError> problems = new ArrayList<>();
        if (type == null) {
            problems.add(new FieldError(APPLICATION_TYPE, "Choose the application type and enter its identifier"));
        } else if (request.identifier() == null) {
            problems.add(new FieldError(type.identifierLabel(), "Enter the " + type.identifierLabel()));
        }
        if (type != null && type.practiceRequired() && request.practiceTin() == null) {
            problems.add(new FieldError(
                    PRACTICE, "Choose the group practice the clinician billed under, or Not Listed with its TIN"));
        }
        if (request.contactPhone() == null) {
            problems.add(new FieldError(PhoneNumber.FIELD, "Enter your phone number"));
        }
        if (request.contactEmail() == null) {
            problems.add(new FieldError(EMAIL, "Enter your e-mail address"));
        }
        if (relationship == null) {
            problems.add(new FieldError(RELATIONSHIP, "Choose your relationship to the party"));
        } else if (relationship == Relationship.OTHER && request.relationshipDescription() == null) {
            problems.add(
                    new FieldError(RELATIONSHIP_OTHER, "You chose Other: describe your relationship to the party"));
        }
        if (request.categories().isEmpty()) {
            problems.add(new FieldError(CATEGORIES, "Select at least one affected performance category"));
        }
        if (request.issueTypes().isEmpty()) {
            problems.add(new FieldError(ISSUE_TYPES, "Select at least one issue type"));
        }
        if (request.explanation() == null) {
            problems.add(new FieldError(EXPLANATION, "Explain the issue you found in detail"));
        }
        return problems;
    }

    /**
     * Refuses, with what to do, a request that cannot be submitted now: no window set for its
     * performance year, fields still missing, or its window not open at {@code now}.
     *
     * @param window the submission window of the request's performance year, or null when none is set
     */
    public static void requireSubmittable(TargetedReviewRequest request, SubmissionWindow window, Instant now) {
        int performanceYear = request.performanceYear();
        if (window == null || window.performanceYear() != performanceYear) {
            throw noWindowFor(performanceYear);
        }
        List<FieldError> problems = problemsOf(request);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        window.requireOpenAt(now);
    }

    private static InvalidInput noWindowFor(int performanceYear) {
        return new InvalidInput(
                "Submission window",
                "No submission window is set for performance year " + performanceYear
                        + "; ask the Targeted Review team when it opens");
    }
}
