package org.reviewdesk.it.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reviewdesk.attachment.Attachment;
import org.reviewdesk.attachment.AttachmentNotFound;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.attachment.PendingFile;
import org.reviewdesk.comment.Comments;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.it.TestFiling;
import org.reviewdesk.it.TestRequests;
import org.reviewdesk.request.RequestNotFound;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.request.TargetedReviews;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.Viewer;
import org.reviewdesk.validation.InvalidInput;

/** Supporting documentation: real documents kept with their detected type, hostile files refused or kept harmlessly. */
@ExtendWith(ArquillianExtension.class)
@Tag("server")
class AttachmentsIT {

    private static final Viewer PAT = new Viewer("submitter", "pat.submitter@example.org", Set.of(Role.SUBMITTER));
    private static final Viewer SAM = new Viewer("submitter2", "sam.second@example.org", Set.of(Role.SUBMITTER));

    /** What each corpus document is, as Tika must detect it from the bytes. */
    private static final Map<String, String> DOCUMENTS = new TreeMap<>(Map.ofEntries(
            Map.entry("testPDF.pdf", "application/pdf"),
            Map.entry("testWORD.doc", "application/msword"),
            Map.entry("testWORD.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("testEXCEL.xls", "application/vnd.ms-excel"),
            Map.entry("testEXCEL.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("testPPT.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("testRTF.rtf", "application/rtf"),
            Map.entry("testMSG.msg", "application/vnd.ms-outlook"),
            // It begins with an mbox "From " line, so Tika calls it a mailbox, which is accepted as e-mail.
            Map.entry("testEmailWithPNGAtt.eml", "application/mbox"),
            Map.entry("resume.html", "text/html")));

    private static final List<String> HOSTILE = List.of(
            "droste.zip",
            "testEXCEL_protected_passtika.xlsx",
            "testODTnotaZipFile.odt",
            "testPDF_malformedXFA.pdf",
            "testZIP_corrupted_oom.zip",
            "test_recursive_embedded.docx");

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = TestDeployments.withTests(AttachmentsIT.class, TestFiling.class, TestRequests.class);
        WebArchive web = ear.getAsType(WebArchive.class, TestDeployments.WEB_MODULE);
        DOCUMENTS.keySet().forEach(name -> web.addAsResource(corpus("documents/" + name), "corpus/" + name));
        HOSTILE.forEach(name -> web.addAsResource(corpus("hostile/" + name), "corpus/" + name));
        web.addAsResource(corpus("qrda/App1-Indv-QRDA-III.xml"), "corpus/App1-Indv-QRDA-III.xml");
        ear.delete(TestDeployments.WEB_MODULE);
        return ear.addAsModule(web);
    }

    private static File corpus(String path) {
        return TestDeployments.sharedFile("corpus/" + path).toFile();
    }

    @EJB
    TargetedReviews reviews;

    @EJB
    Attachments attachments;

    @EJB
    Comments comments;

    @Inject
    TestFiling filing;

    @Test
    void everyOrdinaryDocumentIsKeptWithTheTypeDetectedFromItsContent() throws Exception {
        TargetedReviewRequest draft = reviews.startDraft(PAT);
        for (Map.Entry<String, String> document : DOCUMENTS.entrySet()) {
            // A misleading name: the type must come from the bytes.
            Attachment kept = attachments.attach(
                    draft.id(), PAT, "evidence-" + document.getKey() + ".bin", resource(document.getKey()));

            assertEquals(document.getValue(), kept.mediaType(), document.getKey());
            byte[] original = bytes(resource(document.getKey()));
            assertEquals(original.length, kept.sizeBytes());
            assertEquals(
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(original)),
                    kept.sha256());
            try (InputStream stored = attachments.open(kept.id(), PAT)) {
                assertArrayEquals(original, stored.readAllBytes(), document.getKey());
            }
        }
        Attachment qrda =
                attachments.attach(draft.id(), PAT, "App1-Indv-QRDA-III.xml", resource("App1-Indv-QRDA-III.xml"));
        assertTrue(qrda.mediaType().endsWith("xml"), qrda.mediaType());
        assertEquals(DOCUMENTS.size() + 1, attachments.of(draft.id(), PAT).size());
    }

    @Test
    void eachHostileFileIsRefusedWithAReasonOrKeptWithoutHarm() throws Exception {
        TargetedReviewRequest draft = reviews.startDraft(PAT);
        List<String> outcomes = new ArrayList<>();
        for (String name : HOSTILE) {
            try {
                Attachment kept = attachments.attach(draft.id(), PAT, name, resource(name));
                outcomes.add(name + " kept as " + kept.mediaType());
                try (InputStream stored = attachments.open(kept.id(), PAT)) {
                    assertEquals(kept.sizeBytes(), stored.readAllBytes().length);
                }
            } catch (InvalidInput refused) {
                String reason = refused.errors().get(0).message();
                assertTrue(reason.startsWith(name + " was not attached: "), reason);
                outcomes.add(name + " refused: " + reason);
            }
        }
        String report = String.join("\n", outcomes);
        assertTrue(report.contains("droste.zip refused") && report.contains("archives"), report);
        assertTrue(report.contains("testZIP_corrupted_oom.zip refused"), report);
        assertTrue(report.contains("testEXCEL_protected_passtika.xlsx refused") && report.contains("password"), report);
        assertEquals(HOSTILE.size(), outcomes.size());
        int kept = (int) outcomes.stream().filter(o -> o.contains(" kept as ")).count();
        assertEquals(kept, attachments.of(draft.id(), PAT).size(), "a refused file left a row behind:\n" + report);
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsStored() {
        TargetedReviewRequest draft = reviews.startDraft(PAT);
        InputStream huge = new InputStream() {
            private long left = 26L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'a');
                left -= n;
                return n;
            }
        };

        InvalidInput refusal =
                assertThrows(InvalidInput.class, () -> attachments.attach(draft.id(), PAT, "huge.txt", huge));

        assertTrue(refusal.getMessage().contains("larger than 25.0 MB"), refusal.getMessage());
        assertTrue(attachments.of(draft.id(), PAT).isEmpty());
    }

    @Test
    void anotherSubmittersFilesCannotBeReadOrAdded() throws IOException {
        TargetedReviewRequest draft = reviews.startDraft(PAT);
        Attachment kept = attachments.attach(draft.id(), PAT, "testPDF.pdf", resource("testPDF.pdf"));

        AttachmentNotFound hidden = assertThrows(AttachmentNotFound.class, () -> attachments.open(kept.id(), SAM));
        AttachmentNotFound missing =
                assertThrows(AttachmentNotFound.class, () -> attachments.open(Long.MAX_VALUE, SAM));
        assertEquals(
                hidden.getMessage().replace(String.valueOf(kept.id()), "N"),
                missing.getMessage().replace(String.valueOf(Long.MAX_VALUE), "N"),
                "another's file reads exactly like a missing one");
        assertThrows(RequestNotFound.class, () -> attachments.of(draft.id(), SAM));
        assertThrows(
                RequestNotFound.class, () -> attachments.attach(draft.id(), SAM, "x.pdf", resource("testPDF.pdf")));
        assertFalse(attachments.of(draft.id(), PAT).isEmpty());
    }

    @Test
    void theSameFileAttachedAgainUnderAnotherNameIsShownUnderTheNameGivenThisTime() {
        TargetedReviewRequest filed = filing.filedFor(PAT.username());
        PendingFile first = attachments.upload(PAT.username(), "claims-draft.pdf", resource("testPDF.pdf"));
        comments.post(filed.id(), null, PAT, "A first look at the claims.", false, List.of(first));

        PendingFile again = attachments.upload(PAT.username(), "march-claims-final.pdf", resource("testPDF.pdf"));
        comments.post(filed.id(), null, PAT, "The final claims report.", false, List.of(again));

        assertEquals("march-claims-final.pdf", again.fileName(), "the upload answers with the name just given");
        List<String> shown = attachments.of(filed.id(), PAT).stream()
                .map(Attachment::fileName)
                .toList();
        assertEquals(
                List.of("claims-draft.pdf", "march-claims-final.pdf"),
                shown.stream().sorted().toList());
    }

    private InputStream resource(String name) {
        return getClass().getClassLoader().getResourceAsStream("corpus/" + name);
    }

    private static byte[] bytes(InputStream in) throws IOException {
        try (in;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        }
    }
}
