package org.reviewdesk.intake;

import java.util.LinkedHashSet;
import java.util.Set;
import org.reviewdesk.intake.IntakeMessage.RequestFields;
import org.reviewdesk.request.DraftChange;
import org.reviewdesk.request.PhoneNumber;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.validation.FieldError;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;

/**
 * How the request in an intake message is applied to a draft: step by step, with the same
 * commands the portal's editor saves ({@link DraftChange}), plus the two rules a complete message
 * adds (a practice only for a clinician, the contact details all together).
 */
final class MessageSteps {

    /** The portal's label for the practice, so that this refusal reads like the request's own. */
    private static final String PRACTICE_FIELD = FormField.GROUP_PRACTICE_NAME.label();

    private MessageSteps() {}

    /**
     * Applies each field given on its own, step by step with the portal's commands, so the
     * sender learns every problem at once.
     */
    static Set<FieldError> applyEachTo(RequestFields fields, TargetedReviewRequest draft) {
        Set<FieldError> errors = new LinkedHashSet<>();
        boolean identified = fields.applicationType() != null && fields.identifier() != null;
        if (identified) {
            errors.addAll(new DraftChange.Identification(fields.applicationType(), fields.identifier(), fields.title())
                    .applyTo(draft));
        } else if (fields.title() != null) {
            collect(errors, () -> draft.rename(fields.title()));
        }
        DraftChange.PracticeChoice choice = identified ? practiceFor(fields, errors) : null;
        errors.addAll(new DraftChange.Details(choice, fields.serviceDeskTicket()).applyTo(draft));
        applyContactTo(fields, draft, errors);
        errors.addAll(new DraftChange.Access(fields.additionalAccess()).applyTo(draft));
        errors.addAll(new DraftChange.Categories(fields.categories()).applyTo(draft));
        errors.addAll(new DraftChange.Issue(fields.issueTypes(), fields.explanation()).applyTo(draft));
        return errors;
    }

    /**
     * All together when the message has them all, as a complete request must (then "Other"
     * needs its description now), else those it has, as the portal saves them.
     */
    private static void applyContactTo(RequestFields fields, TargetedReviewRequest draft, Set<FieldError> errors) {
        if (fields.phone() != null && fields.email() != null && fields.relationship() != null) {
            collect(
                    errors,
                    () -> draft.contact(
                            PhoneNumber.parse(fields.phone(), fields.extension()),
                            fields.email(),
                            fields.relationship(),
                            fields.relationshipDescription()));
            return;
        }
        errors.addAll(new DraftChange.Contact(
                        fields.phone(),
                        fields.phone() == null ? null : fields.extension(),
                        fields.email(),
                        fields.relationship(),
                        fields.relationship() == null ? null : fields.relationshipDescription())
                .applyTo(draft));
    }

    /** The practice to choose, if any; only a clinician's request names one. */
    private static DraftChange.PracticeChoice practiceFor(RequestFields fields, Set<FieldError> errors) {
        if (fields.practice() == null) {
            return null;
        }
        // The portal asks for a practice only when the party is a clinician; the request does not check it.
        if (!fields.applicationType().identifiedByNpi()) {
            errors.add(new FieldError(
                    PRACTICE_FIELD,
                    "Only Individual and Unknown requests name the clinician's group practice;"
                            + " leave practice out of a "
                            + fields.applicationType().name() + " request"));
            return null;
        }
        return new DraftChange.PracticeChoice(
                fields.practice().tin(),
                fields.practice().name(),
                fields.practice().notListed());
    }

    private static void collect(Set<FieldError> errors, Runnable step) {
        try {
            step.run();
        } catch (InvalidInput refused) {
            errors.addAll(refused.errors());
        }
    }
}
