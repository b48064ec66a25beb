package org.reviewdesk.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reviewdesk.configuration.EasternTime;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;
import org.reviewdesk.request.PhoneNumber;
import org.reviewdesk.request.Relationship;
import org.reviewdesk.request.SubmissionWindow;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.Viewer;
import org.reviewdesk.validation.InvalidInput;

class CommentTest {

    private static final SubmissionWindow WINDOW = SubmissionWindow.releasedOn(2020, LocalDate.of(2021, 8, 2));
    private static final Instant INSIDE =
            ZonedDateTime.of(2021, 9, 1, 10, 0, 0, 0, EasternTime.ZONE).toInstant();

    private static final Viewer PAT = new Viewer("submitter", "pat@example.org", Set.of(Role.SUBMITTER));
    private static final Viewer RILEY = new Viewer("reviewer", "riley@example.org", Set.of(Role.REVIEWER));
    private static final CommentAuthor SUBMITTER = CommentAuthor.of(PAT, "Pat Submitter");
    private static final CommentAuthor REVIEWER = CommentAuthor.of(RILEY, "Riley Reviewer");

    private static TargetedReviewRequest draft() {
        TargetedReviewRequest request = new TargetedReviewRequest("submitter", 2020, 17, INSIDE);
        request.identify(ApplicationType.GROUP, "123459403");
        request.contact(PhoneNumber.parse("866-288-8292", ""), "pat@example.org", Relationship.CLINICIAN, null);
        request.affect(EnumSet.of(PerformanceCategory.QUALITY));
        request.describeIssue(EnumSet.of(IssueType.SUBMISSION), "Our vendor submitted under the wrong TIN.");
        request.savedAt("ISSUES", INSIDE);
        return request;
    }

    private static TargetedReviewRequest submitted() {
        TargetedReviewRequest request = draft();
        request.submit("submitter", "I certify.", WINDOW, INSIDE);
        return request;
    }

    @Test
    void aCommentKeepsTheFilesThatWereNotAttachedEachWithItsReason() {
        Comment comment = Comment.on(
                submitted(),
                SUBMITTER,
                "The scores.",
                false,
                List.of(
                        "scores.zip was not attached: archives are not accepted",
                        "setup.exe was not attached: programs are not accepted"),
                INSIDE);

        assertEquals(
                List.of(
                        "scores.zip was not attached: archives are not accepted",
                        "setup.exe was not attached: programs are not accepted"),
                comment.refusedFiles());
        assertEquals(
                List.of(),
                Comment.on(submitted(), SUBMITTER, "No files.", false, INSIDE).refusedFiles());
    }

    @Test
    void aLongListOfRefusedFilesIsCutToWholeLinesAndSaysHowManyMore() {
        List<String> refused = java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> "file-" + i
                        + ".zip was not attached: archives are not accepted; attach the documents inside it one by one")
                .toList();

        List<String> kept = Comment.on(submitted(), SUBMITTER, "Many files.", false, refused, INSIDE)
                .refusedFiles();

        assertTrue(String.join("\n", kept).length() <= Comment.MAX_REFUSED_FILES, "fits its column");
        assertEquals(refused.subList(0, kept.size() - 1), kept.subList(0, kept.size() - 1), "whole lines, in order");
        assertEquals("and " + (refused.size() - kept.size() + 1) + " more files", kept.getLast());
    }

    @Test
    void aCommentKeepsItsAuthorAndTheTrimmedBody() {
        Comment comment = Comment.on(submitted(), SUBMITTER, "  Here is our receipt.\r\nThanks  ", false, INSIDE);

        assertEquals("Here is our receipt.\nThanks", comment.body());
        assertEquals("submitter", comment.authorUsername());
        assertEquals("Pat Submitter", comment.authorName());
        assertNull(comment.parentId());
        assertFalse(comment.isInternalNote());
        assertEquals(INSIDE, comment.createdAt());
    }

    @Test
    void aBlankOrOverlongBodyIsRefusedNamingTheField() {
        TargetedReviewRequest request = submitted();
        for (String blank : new String[] {null, "", "  \n "}) {
            InvalidInput refused =
                    assertThrows(InvalidInput.class, () -> Comment.on(request, SUBMITTER, blank, false, INSIDE));
            assertEquals(Comment.FIELD, refused.errors().get(0).field());
        }
        assertEquals(
                Comment.MAX_BODY,
                Comment.on(request, SUBMITTER, "x".repeat(Comment.MAX_BODY), false, INSIDE)
                        .body()
                        .length());
        InvalidInput tooLong = assertThrows(
                InvalidInput.class,
                () -> Comment.on(request, SUBMITTER, "x".repeat(Comment.MAX_BODY + 1), false, INSIDE));
        assertTrue(tooLong.getMessage().contains("20000"), tooLong.getMessage());
    }

    @Test
    void onlyStaffWriteInternalNotesAndOnlyStaffReadThem() {
        TargetedReviewRequest request = submitted();
        assertThrows(InvalidInput.class, () -> Comment.on(request, SUBMITTER, "psst", true, INSIDE));

        Comment note = Comment.on(request, REVIEWER, "Check the TIN history first.", true, INSIDE);

        assertTrue(note.isInternalNote());
        assertTrue(note.isVisibleTo(RILEY));
        assertFalse(note.isVisibleTo(PAT));
        assertFalse(note.isVisibleTo(new Viewer("api:50", null, Set.of())), "an API client is never staff");
    }

    @Test
    void aReplyToAnInternalNoteIsAnInternalNoteToo() {
        TargetedReviewRequest request = submitted();
        Comment note = Comment.on(request, REVIEWER, "Check the TIN history first.", true, INSIDE);

        Comment reply = Comment.replyTo(note, request, REVIEWER, "Done: it changed in March.", false, INSIDE);

        assertTrue(reply.isInternalNote());
        assertFalse(reply.isVisibleTo(PAT));
    }

    @Test
    void aReplyStaysOnItsThreadsRequest() {
        TargetedReviewRequest request = submitted();
        Comment question = Comment.on(request, REVIEWER, "Which file did you send?", false, INSIDE);

        Comment answer = Comment.replyTo(question, request, SUBMITTER, "The one attached.", false, INSIDE);
        assertEquals(question.requestId(), answer.requestId());
        assertFalse(answer.isInternalNote());

        TargetedReviewRequest other = new TargetedReviewRequest("submitter", 2020, 18, INSIDE) {
            @Override
            public Long id() {
                return 999L;
            }
        };
        assertThrows(
                IllegalArgumentException.class,
                () -> Comment.replyTo(question, other, SUBMITTER, "Wrong place", false, INSIDE));
    }

    @Test
    void aDraftHasNoConversationYet() {
        TargetedReviewRequest draft = draft();
        InvalidInput bySubmitter =
                assertThrows(InvalidInput.class, () -> Comment.on(draft, SUBMITTER, "Hello?", false, INSIDE));
        assertTrue(bySubmitter.getMessage().contains("draft"), bySubmitter.getMessage());
        assertThrows(InvalidInput.class, () -> Comment.on(draft, REVIEWER, "Not filed yet", true, INSIDE));
    }

    @Test
    void aClosedCaseTakesOnlyInternalNotes() {
        TargetedReviewRequest withdrawn = submitted();
        withdrawn.withdraw(INSIDE);

        for (CommentAuthor author : List.of(SUBMITTER, REVIEWER)) {
            InvalidInput refused = assertThrows(
                    InvalidInput.class, () -> Comment.on(withdrawn, author, "One more thing", false, INSIDE));
            assertTrue(refused.getMessage().contains("closed"), refused.getMessage());
        }
        assertTrue(Comment.on(withdrawn, REVIEWER, "Withdrawn after our call.", true, INSIDE)
                .isInternalNote());
    }

    @Test
    void anAuthorIsShownOnOneLine() {
        CommentAuthor author = new CommentAuthor("api:50", "  Acme\nEHR   Inc. ", false);
        assertEquals("Acme EHR Inc.", author.displayName());
        assertThrows(IllegalArgumentException.class, () -> new CommentAuthor("api:50", " ", false));
    }
}
