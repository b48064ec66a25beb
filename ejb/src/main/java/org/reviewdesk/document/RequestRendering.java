package org.reviewdesk.document;

import static org.reviewdesk.document.RequestPdf.MISSING_GLYPH;
import static org.reviewdesk.document.RequestPdf.NOT_CERTIFIED_DRAFT;
import static org.reviewdesk.document.RequestPdf.easternDateTime;
import static org.reviewdesk.document.RequestPdf.orDash;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.reviewdesk.attachment.AttachmentPolicy;
import org.reviewdesk.document.RequestPdf.ListedFile;
import org.reviewdesk.reference.Tin;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.Certification;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;
import org.reviewdesk.request.PhoneNumber;
import org.reviewdesk.request.Relationship;
import org.reviewdesk.request.RequestStatus;
import org.reviewdesk.request.TargetedReviewRequest;

/**
 * What the request PDF says: the sections of one request, in the order of the portal's screens, laid out on a
 * {@link PdfLayout}. One document being written; not shared between threads.
 */
final class RequestRendering {

    private final TargetedReviewRequest request;
    private final List<ListedFile> files;
    private final PdfLayout page;

    RequestRendering(TargetedReviewRequest request, List<ListedFile> files, Instant generatedAt) {
        this.request = request;
        this.files = files;
        this.page = new PdfLayout(request.displayId(), generatedAt);
    }

    byte[] pdf() {
        // Viewers draw the title with their own fonts: the words as entered, not as our font can draw them.
        page.open(request.displayId() + " \u2013 " + request.title(), "Targeted Review request");
        heading();
        applicationType();
        submissionInformation();
        submitter();
        additionalStaffAccess();
        performanceCategories();
        issueTypes();
        detailedExplanation();
        supportingDocumentation();
        certification();
        if (page.substitutedMissingGlyphs()) {
            noteOnMissingGlyphs();
        }
        return page.close();
    }

    private void heading() {
        ApplicationType type = request.applicationType();
        String party = orDash(request.partyName()) + (type == null ? "" : " (" + type.label() + ")");
        PdfPTable heading = page.column();
        heading.addCell(page.cell(request.displayId(), page.displayId, 14));
        heading.addCell(page.cell(request.title(), page.title, 24));
        heading.addCell(page.cell(request.status().label(), page.bold, 14));
        heading.addCell(page.cell(party, page.body, 14));
        heading.setSpacingAfter(8);
        page.add(heading);

        PdfPTable dates = page.labelledRows();
        page.row(dates, "Created", easternDateTime(request.createdAt()));
        page.row(dates, "Last saved", easternDateTime(request.updatedAt()));
        if (request.submittedAt() != null) {
            page.row(dates, "Submitted", easternDateTime(request.submittedAt()));
        }
        if (request.withdrawnAt() != null) {
            page.row(dates, "Withdrawn", easternDateTime(request.withdrawnAt()));
        }
        page.add(dates);
    }

    private void applicationType() {
        page.section("Application Type and Identifying Information");
        PdfPTable rows = page.labelledRows();
        ApplicationType type = request.applicationType();
        page.row(rows, TargetedReviewRequest.APPLICATION_TYPE, type == null ? null : type.label());
        if (type != null) {
            // A group's identifier is its TIN, which documents never show in full.
            page.row(rows, type.identifierLabel(), request.party().shownIdentifier());
        }
        page.add(rows);
    }

    private void submissionInformation() {
        page.section("Submission Information");
        PdfPTable rows = page.labelledRows();
        ApplicationType type = request.applicationType();
        page.row(rows, type == null ? "Name" : type.nameLabel(), request.partyName());
        // Clinician type and practice belong to clinicians; a group or entity has neither.
        boolean clinician = type == null || type.identifiedByNpi();
        if (clinician || request.clinicianType() != null) {
            page.row(rows, "Clinician Type", request.clinicianType());
        }
        if (clinician || request.practiceTin() != null) {
            String practice = request.isPracticeNotListed() ? "Not Listed" : request.practiceName();
            page.row(rows, TargetedReviewRequest.PRACTICE, practice);
            page.row(rows, TargetedReviewRequest.PRACTICE_TIN, masked(request.practiceTin()));
        }
        page.row(rows, TargetedReviewRequest.TICKET, request.serviceDeskTicket());
        page.add(rows);
    }

    private void submitter() {
        page.section("Submitter");
        PdfPTable rows = page.labelledRows();
        page.row(rows, PhoneNumber.FIELD, PhoneNumber.display(request.contactPhone(), request.contactPhoneExtension()));
        page.row(rows, TargetedReviewRequest.EMAIL, request.contactEmail());
        Relationship relationship = request.relationship();
        page.row(rows, TargetedReviewRequest.RELATIONSHIP, relationship == null ? null : relationship.label());
        if (relationship == Relationship.OTHER) {
            page.row(rows, "Description of Relationship", request.relationshipDescription());
        }
        page.add(rows);
    }

    private void additionalStaffAccess() {
        page.section("Additional Staff Access");
        PdfPTable rows = page.labelledRows();
        page.row(rows, TargetedReviewRequest.ADDITIONAL_ACCESS, lines(request.additionalAccess()));
        page.add(rows);
    }

    private void performanceCategories() {
        page.section(TargetedReviewRequest.CATEGORIES);
        page.add(page.list(
                request.categories().stream().map(PerformanceCategory::label).toList()));
    }

    private void issueTypes() {
        page.section(TargetedReviewRequest.ISSUE_TYPES);
        page.add(page.list(request.issueTypes().stream().map(IssueType::label).toList()));
    }

    private void detailedExplanation() {
        page.section(TargetedReviewRequest.EXPLANATION);
        // One cell that may split anywhere: it flows across as many pages as the text needs.
        page.add(page.block(request.explanation(), page.body, 14, 0));
    }

    private void supportingDocumentation() {
        page.section("Supporting Documentation");
        if (files.isEmpty()) {
            page.add(page.block(null, page.body, 13, 0));
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {4.2f, 1.1f, 2.2f, 3.4f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String column : List.of("File name", "Size", "Type", "Uploaded")) {
            PdfPCell header = page.cell(column, page.label);
            header.setBorder(Rectangle.BOTTOM);
            header.setBorderColor(PdfLayout.RULE);
            table.addCell(header);
        }
        for (ListedFile file : files) {
            table.addCell(page.cell(file.name(), page.body));
            table.addCell(page.cell(AttachmentPolicy.size(file.sizeBytes()), page.body));
            table.addCell(page.cell(
                    file.mediaType() == null ? null : AttachmentPolicy.describe(file.mediaType()), page.body));
            table.addCell(page.cell(easternDateTime(file.uploadedAt()), page.body));
        }
        page.add(table);
    }

    private void certification() {
        page.section("Certification");
        Certification certification = request.certification();
        if (certification == null) {
            String status = request.status() == RequestStatus.WITHDRAWN
                    ? "Not certified (withdrawn before it was submitted)"
                    : NOT_CERTIFIED_DRAFT;
            page.add(page.block(status, page.body, 13, 0));
            return;
        }
        PdfPTable rows = page.labelledRows();
        page.row(rows, "Certified by", certification.certifiedBy());
        page.row(rows, "Certified on", easternDateTime(certification.certifiedAt()));
        page.add(rows);
        PdfPTable disclosureHeading = page.block("Disclosure agreed to", page.label, 13, 0);
        disclosureHeading.setSpacingBefore(6);
        page.add(disclosureHeading);
        // The exact text stored with the certification, not today's Disclosure.TEXT: the copy must
        // show what this submitter agreed to, even after the wording changes.
        page.add(page.block(certification.disclosureText(), page.body, 13, 12));
    }

    private void noteOnMissingGlyphs() {
        PdfPTable note = page.block(
                "Some characters of this request cannot be drawn with the font of this PDF and are shown as "
                        + MISSING_GLYPH + ". The portal shows the request exactly as it was entered.",
                page.small,
                10,
                0);
        note.setSpacingBefore(18);
        page.add(note);
    }

    private static String masked(String tin) {
        return tin == null ? null : Tin.mask(tin);
    }

    private static String lines(Collection<String> values) {
        return values.isEmpty() ? null : values.stream().collect(Collectors.joining("\n"));
    }
}
