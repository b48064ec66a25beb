package org.reviewdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules that keep the packages of {@code ejb} and {@code web} a graph a reader can draw (issue 14). Here, in the
 * web module, because its tests see the classes of both modules.
 */
class ArchitectureTest {

    private static final String ROOT = "org.reviewdesk.";

    /**
     * The packages that hold the domain: what a request, a review, a comment... is and what may be done to it. They
     * are written against the platform's component model (JPA, EJB, CDI) only; screens, queues, the search engine and
     * the PDF library are details that packages above them (the {@code web} packages, {@code mail}, {@code reply},
     * {@code search}, {@code document}) plug in. {@code search}, {@code mail}, {@code reply}, {@code operations} and
     * {@code document} are left out because such a detail is what they are for; {@code demo} because it tells
     * stories through every service.
     */
    static final List<String> DOMAIN = List.of(
            "request",
            "review",
            "comment",
            "attachment",
            "reference",
            "intake",
            "retention",
            "dashboard",
            "accounts",
            "credentials",
            "api",
            "scheduling",
            "security",
            "validation",
            "configuration");

    /**
     * The two classes of {@code intake} that are its JMS adapter, not its domain: the producer that puts a message on
     * the intake queue and the message-driven bean that takes it off. They stay beside {@code Intake} because the
     * portal's and the API's filing hand their message to the queue in the same package; the rest of {@code intake}
     * (the message, its checks, receipts, {@code Intake} itself) is domain and is held to the rule.
     */
    static final Set<String> INTAKE_MESSAGING = Set.of("IntakeQueue", "IntakeConsumer");

    /** Where the package map is drawn: from the web module, where Maven runs this test, or from the repository root. */
    static final Path ARCHITECTURE = Files.exists(Path.of("docs", "architecture.md"))
            ? Path.of("docs", "architecture.md")
            : Path.of("..", "docs", "architecture.md");

    /** An edge of the map: {@code review_web --> review}; an underscore stands for a dot of the package name. */
    private static final Pattern EDGE = Pattern.compile("^\\s*([a-z_]+)\\s*-->\\s*([a-z_]+)\\s*$");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.reviewdesk");
    }

    @Test
    void noTwoPackagesDependOnEachOtherEvenThroughOthers() {
        slices().matching("org.reviewdesk.(**)")
                .as("the packages of org.reviewdesk, each its own slice (review and review.web are two)")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    @Test
    void domainPackagesUseNoScreensQueuesSearchEngineOrPdfLibrary() {
        noClasses()
                .that(DescribedPredicate.describe(
                        "are in the domain packages " + DOMAIN + " (intake without " + INTAKE_MESSAGING + ")",
                        ArchitectureTest::isDomain))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.faces..",
                        "org.primefaces..",
                        "org.reviewdesk..web..",
                        "jakarta.jms..",
                        "org.apache.lucene..",
                        "org.openpdf..",
                        "com.lowagie..")
                .check(classes);
    }

    @Test
    void thePackageMapDrawsEveryDependencyBetweenPackagesAndNoOther() throws IOException {
        Set<String> inCode = dependenciesInCode();
        Set<String> drawn = dependenciesDrawn();
        Set<String> missing = new TreeSet<>(inCode);
        missing.removeAll(drawn);
        Set<String> stale = new TreeSet<>(drawn);
        stale.removeAll(inCode);
        assertTrue(
                missing.isEmpty() && stale.isEmpty(),
                "The package map in docs/architecture.md (section \"Package map\") is out of date."
                        + (missing.isEmpty()
                                ? ""
                                : "\nThe code has these dependencies the map does not draw (add the edge, or remove the"
                                        + " dependency if it breaks the layering):\n  " + String.join("\n  ", missing))
                        + (stale.isEmpty()
                                ? ""
                                : "\nThe map draws these dependencies the code no longer has (remove the edge):\n  "
                                        + String.join("\n  ", stale)));
    }

    /** Every "a --> b" where a class of package a uses one of package b, both under org.reviewdesk. */
    private static Set<String> dependenciesInCode() {
        return classes.stream()
                .flatMap(origin -> origin.getDirectDependenciesFromSelf().stream())
                .map(dependency -> edge(
                        dependency.getOriginClass(), dependency.getTargetClass().getBaseComponentType()))
                .filter(edge -> !edge.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean isDomain(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith(ROOT) || !DOMAIN.contains(name.substring(ROOT.length()))) {
            return false;
        }
        String topLevel = javaClass.getName().replaceFirst("\\$.*", "");
        return INTAKE_MESSAGING.stream().noneMatch(adapter -> topLevel.equals(ROOT + "intake." + adapter));
    }

    private static String edge(JavaClass origin, JavaClass target) {
        String from = origin.getPackageName();
        String to = target.getPackageName();
        if (from.equals(to) || !from.startsWith(ROOT) || !to.startsWith(ROOT)) {
            return "";
        }
        return from.substring(ROOT.length()) + " --> " + to.substring(ROOT.length());
    }

    /** The edges of the Mermaid graphs under "## Package map", with the package names written with dots. */
    private static Set<String> dependenciesDrawn() throws IOException {
        String document = Files.readString(ARCHITECTURE);
        int start = document.indexOf("\n## Package map");
        assertTrue(start >= 0, ARCHITECTURE + " has no section \"## Package map\"");
        int end = document.indexOf("\n## ", start + 1);
        String section = document.substring(start, end < 0 ? document.length() : end);
        Set<String> edges = new TreeSet<>();
        for (String line : section.split("\n")) {
            Matcher edge = EDGE.matcher(line);
            if (edge.matches()) {
                edges.add(edge.group(1).replace('_', '.') + " --> "
                        + edge.group(2).replace('_', '.'));
            }
        }
        assertTrue(!edges.isEmpty(), "The package map in " + ARCHITECTURE + " draws no edge (\"a --> b\")");
        return edges;
    }
}
