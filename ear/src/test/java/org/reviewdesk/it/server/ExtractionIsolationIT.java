package org.reviewdesk.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reviewdesk.attachment.Attachment;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.attachment.ExtractedText;
import org.reviewdesk.configuration.Settings;
import org.reviewdesk.it.Http;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.it.extraction.HostileParser;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.request.TargetedReviews;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.Viewer;

/**
 * Tika runs in reader processes of its own: a file on which a parser loops forever, and one on which it exhausts its
 * memory, are each marked as failed within the time limit while the server keeps answering and the files uploaded with
 * them are read; the reader killed for them is replaced, and the next file is read normally. The files are plain
 * text to the upload policy; the test-only {@link HostileParser}, which only this suite's readers have (ear/pom.xml,
 * it.extraction.jvm, with three readers, a 20 s limit and a 384 MB heap), loops or fills its heap on them. Only its constants are
 * used here (inlined by the compiler): the class itself is never in the deployment, whose EAR has no parser package.
 * An upload's type is detected by a process of its own, so that it is accepted while every reader is stuck.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("server")
class ExtractionIsolationIT {

    private static final Viewer PAT = new Viewer("submitter", "pat.submitter@example.org", Set.of(Role.SUBMITTER));
    /** How much later than its limit a killed reader's file may be marked: the watchdog's beat and a busy machine. */
    private static final Duration SLACK = Duration.ofSeconds(20);

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = TestDeployments.withTests(ExtractionIsolationIT.class, Http.class);
        WebArchive web = ear.getAsType(WebArchive.class, TestDeployments.WEB_MODULE);
        for (String name : List.of("testPDF.pdf", "testWORD.docx")) {
            web.addAsResource(
                    TestDeployments.sharedFile("corpus/documents/" + name).toFile(), "corpus/" + name);
        }
        ear.delete(TestDeployments.WEB_MODULE);
        return ear.addAsModule(web);
    }

    @EJB
    TargetedReviews reviews;

    @EJB
    Attachments attachments;

    @Inject
    Settings settings;

    @Resource
    ManagedExecutorService executor;

    @Test
    void aLoopingAndAMemoryHungryFileFailWithinTheLimitWhileTheServerAnswersAndOtherFilesAreRead() throws Exception {
        TargetedReviewRequest draft = reviews.startDraft(PAT);
        Attachment looping = attachText(draft, "looping.txt", HostileParser.LOOP + "and nothing after it");
        Attachment hungry = attachText(draft, "hungry.txt", HostileParser.EXHAUST + "and nothing after it");
        Attachment pdf = attachments.attach(
                draft.id(), PAT, "testPDF.pdf", getClass().getClassLoader().getResourceAsStream("corpus/testPDF.pdf"));
        Attachment word = attachments.attach(
                draft.id(),
                PAT,
                "testWORD.docx",
                getClass().getClassLoader().getResourceAsStream("corpus/testWORD.docx"));
        Duration limit = settings.extractionTimeLimit();
        warmUpEveryReader(draft);

        long started = System.nanoTime();
        CompletableFuture<Timed> loop = read(looping, started);
        CompletableFuture<Timed> exhaust = read(hungry, started);
        Thread.sleep(500); // both hostile files hold a reader before the ordinary ones queue for one
        CompletableFuture<Timed> readPdf = read(pdf, started);
        CompletableFuture<Timed> readWord = read(word, started);

        assertEquals(200, homePage(), "the server answers while a reader loops");
        Timed first = readPdf.get(limit.plus(SLACK).toSeconds(), TimeUnit.SECONDS);
        Timed second = readWord.get(limit.plus(SLACK).toSeconds(), TimeUnit.SECONDS);
        assertEquals(
                ExtractedText.Outcome.READ, first.text().outcome(), first.text().problem());
        assertEquals(
                ExtractedText.Outcome.READ,
                second.text().outcome(),
                second.text().problem());
        assertTrue(first.text().text().contains("incubation"), first.text().text());
        assertTrue(second.text().text().contains("subtitle"), second.text().text());

        Timed stuck = loop.get(limit.plus(SLACK).toSeconds(), TimeUnit.SECONDS);
        assertEquals(ExtractedText.Outcome.FAILED, stuck.text().outcome());
        assertTrue(
                stuck.text().problem().contains("took longer than " + limit.toSeconds() + " s"),
                stuck.text().problem());
        assertTrue(
                first.took().compareTo(stuck.took()) < 0 && second.took().compareTo(stuck.took()) < 0,
                "the other files were read while the loop went on: " + first.took() + ", " + second.took() + " before "
                        + stuck.took());
        Timed dead = exhaust.get(limit.plus(SLACK).toSeconds(), TimeUnit.SECONDS);
        assertEquals(ExtractedText.Outcome.FAILED, dead.text().outcome());
        assertTrue(dead.text().problem().contains("more memory"), dead.text().problem());
        assertTrue(dead.took().compareTo(limit) < 0, "a reader out of memory is gone at once: " + dead.took());

        assertEquals(200, homePage(), "the server answers after its readers were killed");
        Attachment after = attachText(draft, "after.txt", "Read by a fresh reader after the kills");
        ExtractedText next = attachments.extractOnce(after.id());
        assertEquals(ExtractedText.Outcome.READ, next.outcome(), next.problem());
        assertEquals("Read by a fresh reader after the kills", next.text());
        assertEquals(
                ExtractedText.Outcome.FAILED,
                attachments.extractOnce(looping.id()).outcome(),
                "the failure is kept");
    }

    @Test
    void anUploadIsAcceptedWhileEveryReaderIsStuckOnALoopingFile() throws Exception {
        TargetedReviewRequest draft = reviews.startDraft(PAT);
        List<Attachment> loops = new ArrayList<>();
        for (int reader = 1; reader <= settings.extractionReaders(); reader++) {
            loops.add(attachText(draft, "looping-" + reader + ".txt", HostileParser.LOOP + "file " + reader));
        }
        Duration limit = settings.extractionTimeLimit();
        warmUpEveryReader(draft);

        long started = System.nanoTime();
        List<CompletableFuture<Timed>> stuck = new ArrayList<>();
        loops.forEach(file -> stuck.add(read(file, started)));
        Thread.sleep(500); // every reader holds a looping file
        CompletableFuture<Attachment> upload = CompletableFuture.supplyAsync(
                () -> attachments.attach(
                        draft.id(),
                        PAT,
                        "testPDF.pdf",
                        getClass().getClassLoader().getResourceAsStream("corpus/testPDF.pdf")),
                executor);

        Attachment pdf = upload.get(limit.plus(SLACK).toSeconds(), TimeUnit.SECONDS);
        assertEquals("application/pdf", pdf.mediaType(), "its type was detected from its content");
        assertTrue(
                stuck.stream().noneMatch(CompletableFuture::isDone),
                "the upload did not wait for a reader: every looping file was still being read when it was accepted");
        for (CompletableFuture<Timed> loop : stuck) {
            ExtractedText text =
                    loop.get(limit.plus(SLACK).toSeconds(), TimeUnit.SECONDS).text();
            assertEquals(ExtractedText.Outcome.FAILED, text.outcome(), text.problem());
        }
    }

    private record Timed(ExtractedText text, Duration took) {}

    /**
     * Reads as many small files at once as there are readers, so that each reader process is running before the
     * hostile files come: on a busy machine, starting one takes seconds, and ForkParser starts them one at a time.
     */
    private void warmUpEveryReader(TargetedReviewRequest draft) throws Exception {
        List<CompletableFuture<Timed>> warming = new ArrayList<>();
        for (int reader = 1; reader <= settings.extractionReaders(); reader++) {
            warming.add(
                    read(attachText(draft, "warm-up-" + reader + ".txt", "Warm-up file " + reader), System.nanoTime()));
        }
        for (CompletableFuture<Timed> file : warming) {
            assertEquals(
                    ExtractedText.Outcome.READ,
                    file.get(2, TimeUnit.MINUTES).text().outcome());
        }
    }

    private CompletableFuture<Timed> read(Attachment attachment, long started) {
        return CompletableFuture.supplyAsync(
                () -> {
                    ExtractedText text = attachments.extractOnce(attachment.id());
                    return new Timed(text, Duration.ofNanos(System.nanoTime() - started));
                },
                executor);
    }

    private Attachment attachText(TargetedReviewRequest draft, String name, String text) {
        return attachments.attach(
                draft.id(), PAT, name, new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The sign-in page of the server this test runs in: its HTTP port is 8080 shifted by the tests' port offset. */
    private static int homePage() {
        String port = System.getProperty("jboss.http.port");
        if (port == null) {
            port = String.valueOf(8080 + Integer.getInteger("jboss.socket.binding.port-offset", 200));
        }
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        return Http.send(
                        client,
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/reviewdesk/"))
                                .timeout(Duration.ofSeconds(10))
                                .build())
                .statusCode();
    }
}
