package org.reviewdesk.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reviewdesk.validation.FieldError;
import org.reviewdesk.validation.InvalidInput;

/**
 * One step of filling in a draft, as a command: what the portal's editor saves for a step
 * ({@link TargetedReviews#saveStep}) and what intake applies to the draft a message files
 * ({@code intake.IntakeMessage#applyTo}), so that each field of a step means the same whichever
 * way it arrives. Every command applies each of its fields on its own: what the request accepts
 * is kept even when another field is refused (a wrong extension never costs the e-mail address
 * typed beside it), and each field checks its input before it changes anything, so a refused one
 * stays as it was.
 */
public sealed interface DraftChange {

    /**
     * Applies the step to the draft through the draft's own domain methods.
     *
     * @return what the request refused, field by field; empty when it took everything
     */
    List<FieldError> applyTo(TargetedReviewRequest draft);

    /**
     * Step 4: the application type and its identifier, and a new title when one is given.
     *
     * @param title the title, or null to keep the draft's
     */
    record Identification(ApplicationType type, String identifier, String title) implements DraftChange {

        @Override
        public List<FieldError> applyTo(TargetedReviewRequest draft) {
            return fieldByField(
                    () -> {
                        if (title != null && !title.equals(draft.title())) {
                            draft.rename(title);
                        }
                    },
                    () -> draft.identify(type, identifier));
        }
    }

    /**
     * Step 5a: the group practice an individual billed under, and a service-desk ticket.
     *
     * @param practice the practice chosen, or null to leave the draft's as it is
     */
    record Details(PracticeChoice practice, String serviceDeskTicket) implements DraftChange {

        @Override
        public List<FieldError> applyTo(TargetedReviewRequest draft) {
            return fieldByField(
                    () -> {
                        if (practice != null) {
                            practice.applyTo(draft);
                        }
                    },
                    () -> draft.serviceDeskTicket(serviceDeskTicket));
        }
    }

    /**
     * The group practice a clinician billed under: one of the clinician's known practices, or
     * one missing from the reference data, known only by its TIN.
     *
     * @param name the practice's name, or null; not kept for a practice that is not listed
     */
    record PracticeChoice(String tin, String name, boolean notListed) {

        public static PracticeChoice listed(String tin, String name) {
            return new PracticeChoice(tin, name, false);
        }

        public static PracticeChoice notListed(String tin) {
            return new PracticeChoice(tin, null, true);
        }

        void applyTo(TargetedReviewRequest draft) {
            if (notListed) {
                draft.practiceNotListed(tin);
            } else {
                draft.choosePractice(tin, name);
            }
        }
    }

    /**
     * Step 5b: the submitter's contact details. A blank phone number (and extension) or e-mail
     * address, or a null relationship, leaves that field out of the draft for now.
     */
    record Contact(String phone, String extension, String email, Relationship relationship, String relationshipOther)
            implements DraftChange {

        @Override
        public List<FieldError> applyTo(TargetedReviewRequest draft) {
            return fieldByField(
                    () -> draft.contactPhone(
                            isBlank(phone) && isBlank(extension) ? null : PhoneNumber.parse(phone, extension)),
                    () -> draft.contactEmail(email),
                    () -> draft.relationship(relationship, relationshipOther));
        }

        private static boolean isBlank(String text) {
            return text == null || text.isBlank();
        }
    }

    /** Step 5c: the addresses that also see and follow the request. */
    record Access(List<String> emails) implements DraftChange {

        @Override
        public List<FieldError> applyTo(TargetedReviewRequest draft) {
            return fieldByField(() -> draft.grantAccess(emails));
        }
    }

    /** Step 6: the affected performance categories. */
    record Categories(Set<PerformanceCategory> categories) implements DraftChange {

        @Override
        public List<FieldError> applyTo(TargetedReviewRequest draft) {
            return fieldByField(() -> draft.affect(categories));
        }
    }

    /** Step 7a: the issue types and the explanation; a blank explanation leaves it out for now. */
    record Issue(Set<IssueType> issueTypes, String explanation) implements DraftChange {

        @Override
        public List<FieldError> applyTo(TargetedReviewRequest draft) {
            return fieldByField(() -> draft.issueTypes(issueTypes), () -> draft.explain(explanation));
        }
    }

    /** Step 7b: files are attached as they are chosen, so saving the step only remembers it. */
    record Documents() implements DraftChange {

        @Override
        public List<FieldError> applyTo(TargetedReviewRequest draft) {
            return List.of();
        }
    }

    /** Runs each change on its own and collects what the request refused. */
    private static List<FieldError> fieldByField(Runnable... changes) {
        List<FieldError> refused = new ArrayList<>();
        for (Runnable change : changes) {
            try {
                change.run();
            } catch (InvalidInput refusal) {
                refused.addAll(refusal.errors());
            }
        }
        return refused;
    }
}
