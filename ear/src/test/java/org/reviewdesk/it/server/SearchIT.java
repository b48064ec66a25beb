package org.reviewdesk.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import org.reviewdesk.attachment.PendingFile;
import org.reviewdesk.comment.Comments;
import org.reviewdesk.it.Eventually;
import org.reviewdesk.it.TestDeployments;
import org.reviewdesk.it.TestFiling;
import org.reviewdesk.it.TestRequests;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.search.CaseIndexing;
import org.reviewdesk.search.CaseSearch;
import org.reviewdesk.search.FacetCount;
import org.reviewdesk.search.IndexCheck;
import org.reviewdesk.search.IndexRebuild;
import org.reviewdesk.search.SearchExport;
import org.reviewdesk.search.SearchHit;
import org.reviewdesk.search.SearchOrder;
import org.reviewdesk.search.SearchRequest;
import org.reviewdesk.search.SearchResults;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.Viewer;
import org.reviewdesk.validation.InvalidInput;

/**
 * Search in the server: every corpus document makes its case findable by a word found only inside it, hostile
 * files do not stop indexing, a rolled-back change never reaches the index, identifiers match exactly and by
 * their start, internal notes are found only by staff, facets count and filter, the consistency check finds
 * what is wrong and repair rights it, and a rebuild keeps search answering.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("server")
class SearchIT {

    /**
     * For each document of the corpus, a query made of words that occur only inside it (or inside its twin, the
     * same text saved in another format), and never in the case it is attached to. Only after English stemming:
     * "extensible" would also find the QRDA files, whose comments say "extension".
     */
    private static final Map<String, List<String>> FOUND_ONLY_BY = new LinkedHashMap<>();

    static {
        FOUND_ONLY_BY.put("icon", List.of("documents/EmbeddedPDF.docx")); // in the PDF embedded in it
        FOUND_ONLY_BY.put("snoskoy", List.of("documents/footnotes.docx")); // in a footnote
        FOUND_ONLY_BY.put("superjob", List.of("documents/resume.html"));
        FOUND_ONLY_BY.put("McCandless", List.of("documents/testComment.docx")); // in a Word comment
        FOUND_ONLY_BY.put("squares", List.of("documents/testEXCEL.xls", "documents/testEXCEL.xlsx"));
        FOUND_ONLY_BY.put("phytosanitary", List.of("documents/testEXCEL_labels-govdocs-515858.xls"));
        FOUND_ONLY_BY.put("PNG", List.of("documents/testEmailWithPNGAtt.eml"));
        FOUND_ONLY_BY.put("partners", List.of("documents/testMSChart-govdocs-428996.xlsx")); // chart labels
        FOUND_ONLY_BY.put("modular", List.of("documents/testMSG.msg"));
        FOUND_ONLY_BY.put("incubation", List.of("documents/testPDF.pdf", "documents/testPDF_rotated.pdf"));
        FOUND_ONLY_BY.put(
                "\"Acrobat 4.x\"", List.of("documents/testPDF_Version.4.x.pdf")); // its title; the page is blank
        FOUND_ONLY_BY.put("author", List.of("documents/testPDF_twoAuthors.pdf")); // its authors; the page is blank
        FOUND_ONLY_BY.put("avalanche", List.of("documents/testPPT.pptx"));
        FOUND_ONLY_BY.put("bibliotheque", List.of("documents/testRTF.rtf"));
        FOUND_ONLY_BY.put("東京", List.of("documents/testRTFJapanese.rtf"));
        FOUND_ONLY_BY.put("subtitle", List.of("documents/testWORD.doc", "documents/testWORD.docx"));
        FOUND_ONLY_BY.put("MIPS_APP1_APMENTITY", List.of("qrda/App1-ApmEntity-Qrda-III.xml")); // attribute values
        FOUND_ONLY_BY.put("MIPS_APP1_GROUP", List.of("qrda/App1-Group-QRDA-III.xml"));
        FOUND_ONLY_BY.put("MIPS_APP1_INDIV", List.of("qrda/App1-Indv-QRDA-III.xml"));
        FOUND_ONLY_BY.put("ACI_PPHI_1", List.of("qrda/demo-mips-virtual-group.xml"));
        FOUND_ONLY_BY.put("000777777", List.of("qrda/valid-QRDA-III-latest.xml")); // a TIN inside the report
        FOUND_ONLY_BY.put("3.16.840.1.113883.10.20.27.1.2", List.of("qrda/not-a-QDRA-III-file.xml"));
    }

    /** Hostile files the attachment policy accepts (their type looks harmless), so they do reach extraction. */
    private static final List<String> ACCEPTED_HOSTILE = List.of(
            "hostile/testODTnotaZipFile.odt",
            "hostile/testPDF_malformedXFA.pdf",
            "hostile/test_recursive_embedded.docx");

    private static final List<String> REFUSED_HOSTILE = List.of(
            "hostile/droste.zip", "hostile/testZIP_corrupted_oom.zip", "hostile/testEXCEL_protected_passtika.xlsx");

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = TestDeployments.withTests(SearchIT.class, TestFiling.class, TestRequests.class);
        WebArchive web = ear.getAsType(WebArchive.class, TestDeployments.WEB_MODULE);
        Set<String> probed =
                FOUND_ONLY_BY.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        for (String folder : List.of("documents", "qrda", "hostile")) {
            Path directory = TestDeployments.sharedFile("corpus/" + folder + "/SOURCES.txt")
                    .getParent();
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(
                                path -> !path.getFileName().toString().equals("SOURCES.txt"))
                        .toList()) {
                    String name = folder + "/" + file.getFileName();
                    if (!folder.equals("hostile") && !probed.contains(name)) {
                        throw new IllegalStateException(
                                name + " is new in the corpus: give it a word in SearchIT.FOUND_ONLY_BY");
                    }
                    web.addAsResource(file.toFile(), "corpus/" + name);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ear.delete(TestDeployments.WEB_MODULE);
        return ear.addAsModule(web);
    }

    @Inject
    TestFiling filing;

    @EJB
    CaseSearch search;

    @EJB
    Comments comments;

    @EJB
    Attachments attachments;

    @EJB
    CaseIndexing indexing;

    @EJB
    IndexRebuild rebuild;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private final Viewer supervisor =
            new Viewer("supervisor", "morgan.supervisor@example.org", Set.of(Role.SUPERVISOR));
    private final Viewer admin = new Viewer("admin", "admin@example.org", Set.of(Role.ADMIN));
    private final Random random = new Random();

    @Test
    void everyCorpusDocumentFindsItsCaseByAWordOnlyInsideIt() {
        Map<String, Long> caseOf = new LinkedHashMap<>();
        for (String document :
                FOUND_ONLY_BY.values().stream().flatMap(List::stream).toList()) {
            Filed filed = file(
                    "Supporting documents for the search test",
                    Set.of(IssueType.SUBMISSION),
                    Set.of(PerformanceCategory.QUALITY));
            comments.post(
                    filed.id(), null, filed.owner(), "Attached.", false, List.of(upload(filed.owner(), document)));
            caseOf.put(document, filed.id());
        }
        // Every case indexed with its file's text first, so that "no other case" is checked against all of them.
        Eventually.await(
                "every case indexed with its file",
                () -> indexing.check(),
                check -> caseOf.values().stream()
                        .noneMatch(id ->
                                check.missing().contains(id) || check.stale().contains(id)));
        FOUND_ONLY_BY.forEach((query, documents) -> {
            Set<Long> expected = documents.stream().map(caseOf::get).collect(Collectors.toSet());
            SearchResults found = Eventually.await(
                    "the cases of " + documents + " by " + query,
                    () -> search.search(
                            new SearchRequest(query, Map.of(), false, SearchOrder.RELEVANCE, 0, 100), supervisor),
                    results -> ids(results).containsAll(expected));
            Set<Long> ofThisTest = new HashSet<>(ids(found));
            ofThisTest.retainAll(caseOf.values());
            assertEquals(
                    expected,
                    ofThisTest,
                    query + " finds the cases of " + documents + " and no other case of this test");
            for (String document : documents) {
                String fileName = document.substring(document.indexOf('/') + 1);
                SearchHit hit = found.hits().stream()
                        .filter(each -> each.summary().id() == caseOf.get(document))
                        .findFirst()
                        .orElseThrow();
                assertTrue(
                        hit.matches().stream()
                                .anyMatch(match -> match.where().equals("File " + fileName)
                                        && !match.passage().ranges().isEmpty()),
                        query + ": the hit says it matched in " + fileName + ", highlighted: " + hit.matches());
            }
        });
    }

    @Test
    void hostileFilesAreRefusedOrMarkedAndNeverStopTheOthers() {
        Filed filed = file("A case with awkward files", Set.of(IssueType.GENERAL), Set.of(PerformanceCategory.COST));
        for (String refused : REFUSED_HOSTILE) {
            InvalidInput refusal = assertThrows(InvalidInput.class, () -> upload(filed.owner(), refused), refused);
            assertTrue(
                    refusal.errors().getFirst().message().contains("not attached"),
                    refusal.errors().getFirst().message());
        }
        List<PendingFile> files = new ArrayList<>();
        for (String accepted : ACCEPTED_HOSTILE) {
            files.add(upload(filed.owner(), accepted));
        }
        files.add(upload(filed.owner(), "documents/testPPT.pptx"));
        comments.post(filed.id(), null, filed.owner(), "Everything we have.", false, files);

        SearchResults found = Eventually.await(
                "the case by the good file beside the hostile ones",
                () -> search.search(SearchRequest.of("avalanche"), supervisor),
                results -> ids(results).contains(filed.id()));
        assertTrue(ids(found).contains(filed.id()));
        Map<String, ExtractedText> texts = new LinkedHashMap<>();
        for (Attachment attachment : attachments.of(filed.id(), supervisor)) {
            texts.put(attachment.fileName(), attachments.textOf(attachment.id(), supervisor, 100_000));
        }
        assertEquals(4, texts.size(), "every accepted file is kept, readable or not: " + texts.keySet());
        assertTrue(
                texts.get("test_recursive_embedded.docx").text().contains("embed_2b"), "read down to the depth limit");
        assertFalse(texts.get("test_recursive_embedded.docx").text().contains("embed_3"), "and not below it");
        assertTrue(Eventually.await(
                                "the recursive document's text",
                                () -> search.search(SearchRequest.of("embed_2b"), supervisor),
                                results -> ids(results).contains(filed.id()))
                        .total()
                > 0);
    }

    @Test
    void aRolledBackChangeNeverReachesTheIndexAndACommittedOneAlwaysDoes() throws Exception {
        Filed filed =
                file("A case for the transaction test", Set.of(IssueType.GENERAL), Set.of(PerformanceCategory.QUALITY));
        String rolledBack = word();
        String rolledBackCase = word();
        String committed = word();

        transaction.begin();
        comments.post(filed.id(), null, filed.owner(), "This comment is about " + rolledBack, false, List.of());
        filing.file(TestRequests.group(
                "rollback:" + UUID.randomUUID(),
                "owner-" + UUID.randomUUID(),
                year(),
                tin(),
                Set.of(IssueType.GENERAL),
                Set.of(PerformanceCategory.QUALITY),
                "A case that never was: " + rolledBackCase));
        transaction.rollback();
        comments.post(filed.id(), null, filed.owner(), "This comment is about " + committed, false, List.of());

        Eventually.await(
                "the committed comment in the index",
                () -> search.search(SearchRequest.of(committed), supervisor),
                results -> ids(results).contains(filed.id()));
        assertEquals(
                0,
                search.search(SearchRequest.of(rolledBack), supervisor).total(),
                "the rolled-back comment is not searchable");
        assertEquals(
                0,
                search.search(SearchRequest.of(rolledBackCase), supervisor).total(),
                "the rolled-back case is not searchable");
    }

    @Test
    void identifiersMatchExactlyAndByHowTheyStart() {
        String tin = tin();
        Filed group = file(tin, "A group case", Set.of(IssueType.GENERAL), Set.of(PerformanceCategory.QUALITY));
        Eventually.await(
                "the group case",
                () -> search.search(SearchRequest.of("tin:" + tin), supervisor),
                results -> ids(results).contains(group.id()));

        for (String query : List.of(
                tin,
                "tin:" + tin,
                "identifier:" + tin,
                tin.substring(0, 5),
                "tin:" + tin.substring(0, 4),
                "tin:" + tin.substring(0, 2) + "-" + tin.substring(2))) {
            assertTrue(
                    ids(search.search(SearchRequest.of(query), supervisor)).contains(group.id()),
                    query + " finds the group");
        }
        String otherTin = tin.substring(0, 8) + (tin.charAt(8) == '9' ? '8' : '9');
        assertFalse(
                ids(search.search(SearchRequest.of("tin:" + otherTin), supervisor))
                        .contains(group.id()),
                "a TIN one digit off is another TIN");
        assertFalse(
                ids(search.search(SearchRequest.of("npi:" + tin), supervisor)).contains(group.id()),
                "a TIN is not an NPI");
        SearchResults byExactTin = search.search(SearchRequest.of(tin), supervisor);
        assertEquals(group.id(), byExactTin.hits().getFirst().summary().id(), "the exact match ranks first");

        String owner = "owner-" + UUID.randomUUID();
        filing.file(TestRequests.individual("npi:" + UUID.randomUUID(), owner, year(), IssueType.GENERAL));
        long individual = caseOf(owner);
        Eventually.await(
                "the individual case by its NPI",
                () -> search.search(
                        new SearchRequest(
                                "npi:" + TestRequests.CLINICIAN_NPI, Map.of(), false, SearchOrder.NEWEST, 0, 20),
                        supervisor),
                results -> ids(results).contains(individual));
        assertTrue(
                ids(search.search(
                                new SearchRequest(
                                        "npi:" + TestRequests.CLINICIAN_NPI.substring(0, 6),
                                        Map.of(),
                                        false,
                                        SearchOrder.NEWEST,
                                        0,
                                        20),
                                supervisor))
                        .contains(individual),
                "the NPI by its first six digits");
        assertTrue(
                ids(search.search(
                                new SearchRequest("tin:123459403", Map.of(), false, SearchOrder.NEWEST, 0, 20),
                                supervisor))
                        .contains(individual),
                "an individual's case by the TIN of the practice it billed under");

        InvalidInput unclosed =
                assertThrows(InvalidInput.class, () -> search.search(SearchRequest.of("\"no end"), supervisor));
        assertTrue(
                unclosed.errors().getFirst().message().contains("quotes and brackets"),
                unclosed.errors().getFirst().message());
    }

    @Test
    void wordsInsideAddressesAndNamespacedNamesAreFoundByEachPartAndWhole() {
        String person = word();
        String page = word();
        String namespace = word();
        String name = word();
        String email = person + ".quinlan@example.org";
        String address = "https://qpp.cms.gov/" + page + "/feedback";
        Filed filed = file(
                "Write to " + email + " or read " + address + "; the report's element " + namespace + ":" + name
                        + " is empty.",
                Set.of(IssueType.GENERAL),
                Set.of(PerformanceCategory.QUALITY));
        Eventually.await(
                "the case",
                () -> search.search(SearchRequest.of(email), supervisor),
                results -> ids(results).contains(filed.id()));

        for (String query : List.of(
                email,
                person,
                address,
                page,
                namespace + ":" + name,
                namespace,
                name,
                "\"read " + address + " the report\"",
                "explanation:" + person)) {
            assertEquals(
                    List.of(filed.id()),
                    ids(search.search(SearchRequest.of(query), supervisor)),
                    query + " finds the case");
        }
        assertEquals(
                List.of(),
                ids(search.search(SearchRequest.of("colour:" + name), supervisor)),
                "a prefix that is no field is searched as text, not refused; colour:" + name + " is not in the case");
    }

    @Test
    void aFileIsFoundByItsNameWithoutExtensionAndByThePartsOfItsName() {
        Filed filed = file("A case with a named file", Set.of(IssueType.GENERAL), Set.of(PerformanceCategory.QUALITY));
        String part = word();
        String fileName = part + "_annual-report.v2.txt";
        PendingFile named = attachments.upload(
                filed.owner().username(),
                fileName,
                new ByteArrayInputStream("Quarterly scores.".getBytes(StandardCharsets.UTF_8)));
        comments.post(filed.id(), null, filed.owner(), "Attached.", false, List.of(named));
        Eventually.await(
                "the case by its file's name",
                () -> search.search(SearchRequest.of("filename:" + fileName), supervisor),
                results -> ids(results).contains(filed.id()));

        for (String query : List.of(
                "filename:" + part + "_annual-report.v2",
                "filename:" + part,
                "filename:report AND filename:" + part,
                "filename:v2 AND " + part,
                part + "_annual-report")) {
            assertEquals(
                    List.of(filed.id()),
                    ids(search.search(SearchRequest.of(query), supervisor)),
                    query + " finds " + fileName);
        }
        SearchHit hit = search.search(SearchRequest.of("filename:" + part), supervisor)
                .hits()
                .getFirst();
        assertTrue(
                hit.matches().stream()
                        .anyMatch(match -> match.where().equals("File " + fileName)
                                && !match.passage().ranges().isEmpty()),
                hit.matches().toString());
    }

    @Test
    void aQueryThatWouldCostTooMuchIsRefusedInWords() {
        String stem = word();
        StringBuilder manyWords = new StringBuilder();
        for (int i = 0; i < 1_500; i++) {
            // 1,500 different words: the stem and three letters counting i
            manyWords
                    .append(stem)
                    .append((char) ('a' + i % 26))
                    .append((char) ('a' + i / 26 % 26))
                    .append((char) ('a' + i / 676))
                    .append(' ');
        }
        Filed filed = file("A case with a word list", Set.of(IssueType.GENERAL), Set.of(PerformanceCategory.QUALITY));
        PendingFile list = attachments.upload(
                filed.owner().username(),
                "word-list.txt",
                new ByteArrayInputStream(manyWords.toString().getBytes(StandardCharsets.UTF_8)));
        comments.post(filed.id(), null, filed.owner(), "The list.", false, List.of(list));
        String first = manyWords.substring(0, manyWords.indexOf(" "));
        Eventually.await(
                "the case by a word of its list",
                () -> search.search(SearchRequest.of(first), supervisor),
                results -> ids(results).contains(filed.id()));

        for (String tooBroad : List.of(stem + "*", "/" + stem + ".*/", "file:" + stem + "*")) {
            InvalidInput refused = assertThrows(
                    InvalidInput.class, () -> search.search(SearchRequest.of(tooBroad), supervisor), tooBroad);
            assertEquals(CaseSearch.QUERY_FIELD, refused.errors().getFirst().field());
            assertTrue(
                    refused.errors().getFirst().message().startsWith("The query is too broad: ")
                            && refused.errors()
                                    .getFirst()
                                    .message()
                                    .contains("stands for more than 1000 different words"),
                    refused.errors().getFirst().message());
            assertThrows(
                    InvalidInput.class,
                    () -> search.allMatching(SearchRequest.of(tooBroad), supervisor, 10),
                    "nor exported: " + tooBroad);
        }
        assertEquals(
                List.of(filed.id()),
                ids(search.search(SearchRequest.of(first.substring(0, first.length() - 1) + "*"), supervisor)),
                "a narrower pattern is searched");

        String sixtyFiveWords = String.join(" ", java.util.Collections.nCopies(65, stem));
        InvalidInput tooMany =
                assertThrows(InvalidInput.class, () -> search.search(SearchRequest.of(sixtyFiveWords), supervisor));
        assertTrue(
                tooMany.errors().getFirst().message().startsWith("The query has more than 64 words"),
                tooMany.errors().getFirst().message());
        InvalidInput tooComplex = assertThrows(
                InvalidInput.class, () -> search.search(SearchRequest.of("/(a|b)*a(a|b){24}/"), supervisor));
        assertTrue(
                tooComplex.errors().getFirst().message().contains("too complex"),
                tooComplex.errors().getFirst().message());
    }

    @Test
    void internalNotesAndTheirFilesAreFoundOnlyByStaff() {
        Filed filed = file("A case with a note", Set.of(IssueType.GENERAL), Set.of(PerformanceCategory.QUALITY));
        String inComment = word();
        String inNote = word();
        String inNoteFile = word();
        comments.post(filed.id(), null, filed.owner(), "Our side of it: " + inComment, false, List.of());
        PendingFile noteFile = attachments.upload(
                supervisor.username(),
                "working-notes.txt",
                new ByteArrayInputStream(("Working notes: " + inNoteFile).getBytes(StandardCharsets.UTF_8)));
        comments.post(filed.id(), null, supervisor, "Between us: " + inNote, true, List.of(noteFile));

        SearchResults byNote = Eventually.await(
                "the case by its note",
                () -> search.search(SearchRequest.of(inNote), supervisor),
                results -> ids(results).contains(filed.id()));
        SearchHit.Match noteMatch = byNote.hits().getFirst().matches().getFirst();
        assertTrue(noteMatch.where().startsWith("Internal note by ") && noteMatch.staffOnly(), noteMatch.toString());
        SearchResults byNoteFile = Eventually.await(
                "the case by its note's file",
                () -> search.search(SearchRequest.of(inNoteFile), supervisor),
                results -> ids(results).contains(filed.id()));
        assertEquals(
                "File working-notes.txt on an internal note",
                byNoteFile.hits().getFirst().matches().getFirst().where());

        Viewer owner = filed.owner();
        assertEquals(
                List.of(filed.id()),
                ids(search.search(SearchRequest.of(inComment), owner)),
                "the submitter finds their case");
        for (String hidden :
                List.of(inNote, inNoteFile, "note:" + inNote, "file:" + inNoteFile, inComment + " OR " + inNote)) {
            SearchResults results = search.search(SearchRequest.of(hidden), owner);
            assertTrue(
                    results.hits().stream()
                            .flatMap(hit -> hit.matches().stream())
                            .noneMatch(SearchHit.Match::staffOnly),
                    hidden + ": no match from a note is shown to a submitter");
            assertTrue(
                    results.hits().stream()
                            .flatMap(hit -> hit.matches().stream())
                            .noneMatch(match -> match.passage().text().contains(inNote)),
                    hidden + ": the note's words are never shown to a submitter");
        }
        assertEquals(
                0,
                search.search(SearchRequest.of(inNote), owner).total(),
                "a note's word finds nothing for the submitter");
        assertEquals(0, search.search(SearchRequest.of(inNoteFile), owner).total(), "nor does a word of a note's file");
        Viewer stranger = new Viewer("owner-" + UUID.randomUUID(), "stranger@example.org", Set.of(Role.SUBMITTER));
        assertEquals(
                0,
                search.search(SearchRequest.of(inComment), stranger).total(),
                "another submitter finds nothing of the case");
    }

    @Test
    void facetsCountTheMatchesAndFiltersNarrowThem() throws Exception {
        String marker = word();
        long first = file(marker + " first", Set.of(IssueType.SUBMISSION), Set.of(PerformanceCategory.QUALITY))
                .id();
        long second = file(
                        marker + " second",
                        Set.of(IssueType.SUBMISSION, IssueType.GENERAL),
                        Set.of(PerformanceCategory.COST))
                .id();
        long third = file(
                        marker + " third",
                        Set.of(IssueType.GENERAL),
                        EnumSet.of(PerformanceCategory.QUALITY, PerformanceCategory.COST))
                .id();
        SearchResults all = Eventually.await(
                "the three cases",
                () -> search.search(SearchRequest.of(marker), supervisor),
                results -> results.total() == 3);

        assertEquals(Map.of("submission", 2L, "general", 2L), counts(all, "issue"));
        assertEquals(Map.of("quality", 2L, "cost", 2L), counts(all, "category"));
        assertEquals(Map.of("submitted_in_review", 3L), counts(all, "status"));
        assertEquals(Map.of(String.valueOf(year()), 3L), counts(all, "year"));
        assertEquals(Map.of("group", 3L), counts(all, "type"));
        assertEquals(
                3L,
                counts(all, "reviewer").values().stream()
                        .mapToLong(Long::longValue)
                        .sum());
        assertEquals(
                "Issue type",
                all.facets().stream()
                        .filter(facet -> facet.facet().equals("issue"))
                        .findFirst()
                        .orElseThrow()
                        .label());

        SearchResults general = search.search(SearchRequest.of(marker).filteredBy("issue", "general"), supervisor);
        assertEquals(Set.of(second, third), new HashSet<>(ids(general)));
        assertEquals(Map.of("quality", 1L, "cost", 2L), counts(general, "category"), "counts follow the filter");
        assertEquals(
                Map.of("submission", 2L, "general", 2L),
                counts(general, "issue"),
                "a facet's own values are counted as if none of them were chosen: what choosing each gives");
        for (Map.Entry<String, Long> value : counts(general, "issue").entrySet()) {
            assertEquals(
                    value.getValue(),
                    search.search(SearchRequest.of(marker).filteredBy("issue", value.getKey()), supervisor)
                            .total(),
                    "the count beside " + value.getKey() + " is what clicking it gives");
        }
        SearchResults quality = search.search(SearchRequest.of(marker).filteredBy("category", "quality"), supervisor);
        assertEquals(Map.of("quality", 2L, "cost", 2L), counts(quality, "category"));
        assertEquals(
                Map.of("submission", 1L, "general", 1L),
                counts(quality, "issue"),
                "other facets count within the choice");
        assertEquals(
                3,
                search.search(
                                SearchRequest.of(marker)
                                        .filteredBy("issue", "general")
                                        .filteredBy("issue", "submission"),
                                supervisor)
                        .total(),
                "values of one facet are alternatives");
        assertEquals(
                List.of(third),
                ids(search.search(
                        SearchRequest.of(marker).filteredBy("issue", "general").filteredBy("category", "quality"),
                        supervisor)),
                "filters of different facets all apply");
        java.time.LocalDate today = java.time.LocalDate.now(org.reviewdesk.configuration.EasternTime.ZONE);
        assertEquals(
                3,
                search.search(
                                SearchRequest.of(marker + " AND submitted:[" + today.minusDays(1) + " TO "
                                        + today.plusDays(1) + "]"),
                                supervisor)
                        .total(),
                "by the day it was submitted");
        assertEquals(
                0,
                search.search(SearchRequest.of(marker + " AND submitted:[* TO " + today.minusDays(2) + "]"), supervisor)
                        .total());

        assertEquals(0, all.overdue());
        sql(
                "UPDATE review_request SET documentation_due_at = ? WHERE id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(3600)),
                first);
        indexing.reindex(first);
        SearchResults overdue =
                search.search(new SearchRequest(marker, Map.of(), true, SearchOrder.RELEVANCE, 0, 20), supervisor);
        assertEquals(List.of(first), ids(overdue), "only the case with a documentation request past its deadline");
        assertEquals(1, search.search(SearchRequest.of(marker), supervisor).overdue());

        List<Long> oldestFirst =
                ids(search.search(new SearchRequest(marker, Map.of(), false, SearchOrder.OLDEST, 0, 20), supervisor));
        assertEquals(List.of(first, second, third), oldestFirst);
        List<Long> newestFirst =
                ids(search.search(new SearchRequest(marker, Map.of(), false, SearchOrder.NEWEST, 0, 20), supervisor));
        assertEquals(List.of(third, second, first), newestFirst);
        String csv = new String(
                SearchExport.csv(
                        search.allMatching(
                                new SearchRequest(marker, Map.of(), false, SearchOrder.OLDEST, 0, 20),
                                supervisor,
                                SearchExport.MAX_ROWS),
                        name -> name),
                StandardCharsets.UTF_8);
        List<String> exported = csv.lines()
                .skip(1)
                .map(line -> line.substring(0, line.indexOf(',')))
                .toList();
        assertEquals(3, exported.size(), "the export holds every case found, one row each: " + csv);
        assertTrue(
                exported.getFirst().endsWith(" ID: " + caseNumber(first))
                        && exported.getLast().endsWith(" ID: " + caseNumber(third)),
                "in the screen's order: " + exported);
        SearchResults secondPage =
                search.search(new SearchRequest(marker, Map.of(), false, SearchOrder.OLDEST, 1, 2), supervisor);
        assertEquals(List.of(third), ids(secondPage));
        assertEquals(3, secondPage.total());
        assertEquals(2, secondPage.pages());
    }

    @Test
    void theConsistencyCheckFindsWhatIsWrongAndRepairRightsIt() throws Exception {
        Filed filed = file("A case the check looks at", Set.of(IssueType.GENERAL), Set.of(PerformanceCategory.QUALITY));
        Eventually.await(
                "the case in the index",
                () -> indexing.check(),
                check -> !check.missing().contains(filed.id()) && !check.stale().contains(filed.id()));

        // Changes made behind the application's back, as a restore or a manual fix would: the index does not hear of
        // them.
        sql("UPDATE review_request SET version = version + 1 WHERE id = ?", filed.id());
        IndexCheck staleCheck = indexing.check();
        assertTrue(
                staleCheck.stale().contains(filed.id()), "a case changed since it was indexed is stale: " + staleCheck);
        assertFalse(staleCheck.isConsistent());

        sql("UPDATE review_request SET submitted_at = NULL WHERE id = ?", filed.id());
        IndexCheck orphanCheck = indexing.check();
        assertTrue(
                orphanCheck.orphaned().contains(filed.id()),
                "an entry of what is no longer a case is orphaned: " + orphanCheck);
        assertTrue(indexing.repair(orphanCheck) >= 1);
        assertFalse(indexing.check().orphaned().contains(filed.id()));

        sql("UPDATE review_request SET submitted_at = CURRENT_TIMESTAMP WHERE id = ?", filed.id());
        IndexCheck missingCheck = indexing.check();
        assertTrue(missingCheck.missing().contains(filed.id()), "a case the index lacks is missing: " + missingCheck);
        indexing.repair(missingCheck);
        IndexCheck repaired = Eventually.await("a consistent index", () -> indexing.check(), IndexCheck::isConsistent);
        assertEquals(repaired.cases(), repaired.entries(), "every case once");
    }

    @Test
    void aRebuildKeepsSearchAnsweringAndEndsConsistent() {
        String marker = word();
        Filed filed = file(marker + " rebuild", Set.of(IssueType.GENERAL), Set.of(PerformanceCategory.QUALITY));
        // Two cases filed one after the other are read in the same batch of the rebuild: each keeps its own words.
        Filed next = file("The next case", Set.of(IssueType.GENERAL), Set.of(PerformanceCategory.QUALITY));
        String inComment = word();
        String inNextComment = word();
        String inNoteFile = word();
        comments.post(filed.id(), null, filed.owner(), "Ours: " + inComment, false, List.of());
        comments.post(next.id(), null, next.owner(), "Theirs: " + inNextComment, false, List.of());
        PendingFile noteFile = attachments.upload(
                supervisor.username(),
                "rebuild-notes.txt",
                new ByteArrayInputStream(("Notes: " + inNoteFile).getBytes(StandardCharsets.UTF_8)));
        comments.post(filed.id(), null, supervisor, "Kept here.", true, List.of(noteFile));
        Eventually.await(
                "the case", () -> search.search(SearchRequest.of(marker), supervisor), results -> results.total() == 1);
        Eventually.await(
                "the note's file read",
                () -> search.search(SearchRequest.of(inNoteFile), supervisor),
                results -> results.total() == 1);
        assertThrows(InvalidInput.class, () -> rebuild.start(supervisor), "only an administrator rebuilds the index");
        // The first deployment after a change of word analysis rebuilds the index by itself (IndexRebuild); this test
        // starts its own.
        Eventually.await("no rebuild running", () -> rebuild.progress(), progress -> !progress.running());

        IndexRebuild.RebuildProgress started = rebuild.start(admin);
        assertTrue(started.running());
        assertTrue(started.total() > 0);
        assertThrows(InvalidInput.class, () -> rebuild.start(admin), "one rebuild at a time");
        int searchesDuringRebuild = 0;
        while (rebuild.progress().running()) {
            assertEquals(
                    List.of(filed.id()),
                    ids(search.search(SearchRequest.of(marker), supervisor)),
                    "search answers during the rebuild");
            searchesDuringRebuild++;
        }
        IndexRebuild.RebuildProgress done = rebuild.progress();
        assertNull(done.problem(), done.problem());
        assertEquals(100, done.percent());
        assertTrue(done.done() >= started.total(), done.toString());
        assertTrue(searchesDuringRebuild > 0, "the rebuild was watched while it ran");
        assertEquals(List.of(filed.id()), ids(search.search(SearchRequest.of(marker), supervisor)));
        assertEquals(List.of(filed.id()), ids(search.search(SearchRequest.of(inComment), supervisor)));
        assertEquals(List.of(next.id()), ids(search.search(SearchRequest.of(inNextComment), supervisor)));
        SearchResults byNoteFile = search.search(SearchRequest.of(inNoteFile), supervisor);
        assertEquals(List.of(filed.id()), ids(byNoteFile));
        assertEquals(
                "File rebuild-notes.txt on an internal note",
                byNoteFile.hits().getFirst().matches().getFirst().where());
        assertTrue(
                search.search(SearchRequest.of(inNoteFile), filed.owner()).hits().stream()
                        .flatMap(hit -> hit.matches().stream())
                        .noneMatch(SearchHit.Match::staffOnly),
                "a note's file stays staff's after the rebuild");
        Eventually.await("a consistent index", () -> indexing.check(), IndexCheck::isConsistent);
    }

    private record Filed(long id, Viewer owner) {}

    private Filed file(String explanation, Set<IssueType> issueTypes, Set<PerformanceCategory> categories) {
        return file(tin(), explanation, issueTypes, categories);
    }

    private Filed file(String tin, String explanation, Set<IssueType> issueTypes, Set<PerformanceCategory> categories) {
        String owner = "owner-" + UUID.randomUUID();
        filing.file(TestRequests.group(
                "search:" + UUID.randomUUID(), owner, year(), tin, issueTypes, categories, explanation));
        return new Filed(caseOf(owner), new Viewer(owner, owner + "@example.org", Set.of(Role.SUBMITTER)));
    }

    private int caseNumber(long id) {
        em.clear();
        return em.find(TargetedReviewRequest.class, id).number();
    }

    private long caseOf(String owner) {
        em.clear();
        return em.createQuery(
                        "SELECT r FROM TargetedReviewRequest r WHERE r.ownerUsername = :owner",
                        TargetedReviewRequest.class)
                .setParameter("owner", owner)
                .getSingleResult()
                .id();
    }

    private PendingFile upload(Viewer poster, String corpusFile) {
        try (InputStream content = getClass().getClassLoader().getResourceAsStream("corpus/" + corpusFile)) {
            return attachments.upload(poster.username(), corpusFile.substring(corpusFile.indexOf('/') + 1), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void sql(String update, Object... parameters) throws Exception {
        TestDeployments.sql(transaction, em, update, parameters);
    }

    private int year() {
        return filing.currentYear();
    }

    /** A TIN of nine digits no other test uses. */
    private String tin() {
        return String.valueOf(100_000_000 + random.nextInt(899_999_999));
    }

    /** A word no document, case or other test has: letters only, so that no analysis splits it. */
    private String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static List<Long> ids(SearchResults results) {
        return results.hits().stream().map(hit -> hit.summary().id()).toList();
    }

    private static Map<String, Long> counts(SearchResults results, String facet) {
        FacetCount found = results.facets().stream()
                .filter(each -> each.facet().equals(facet))
                .findFirst()
                .orElseThrow();
        return found.values().stream().collect(Collectors.toMap(FacetCount.Value::value, FacetCount.Value::count));
    }
}
