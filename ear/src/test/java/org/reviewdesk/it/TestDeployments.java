package org.reviewdesk.it;

import com.icegreen.greenmail.util.GreenMail;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.reviewdesk.it.benchmark.CaseSql;
import org.reviewdesk.it.benchmark.FlowProbe;
import org.reviewdesk.it.benchmark.FullTextQuery;
import org.reviewdesk.it.benchmark.QueueSql;
import org.reviewdesk.it.benchmark.RawIntakeConsumer;
import org.reviewdesk.it.benchmark.SearchFiguresProbe;
import org.reviewdesk.search.RawLucene;

/**
 * Deployments for the integration tests: the EAR this build produced, exactly as it ships,
 * with the test classes added to its web module so they run inside the server.
 */
public final class TestDeployments {

    public static final String WEB_MODULE = "reviewdesk-web.war";
    public static final String EJB_MODULE = "reviewdesk-ejb.jar";

    private TestDeployments() {}

    /** The shipped EAR, unchanged: for tests that drive it from outside, as a browser does. */
    public static EnterpriseArchive shipped() {
        return ShrinkWrap.create(ZipImporter.class, "reviewdesk.ear")
                .importFrom(new File(System.getProperty("reviewdesk.it.ear")))
                .as(EnterpriseArchive.class);
    }

    /** The shipped EAR with these classes in its web module, and GreenMail for tests that read mail. */
    public static EnterpriseArchive withTests(Class<?>... testClasses) {
        EnterpriseArchive ear = shipped();
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addClasses(testClasses);
        web.addClass(TestDeployments.class);
        web.addClass(Eventually.class);
        web.addClass(Mailboxes.class);
        web.addAsLibrary(jarOf(GreenMail.class));
        // Arquillian reaches in-container tests through its own servlet; the application's login must not stop it.
        web.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
                .addAsManifestResource(
                        TestDeployments.class.getResource("/arquillian-runner-access.xml"), "web-fragment.xml"));
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }

    /**
     * The shipped EAR with test seeds in its web module: servlets under {@code /test-seed/} that a signed-in browser
     * test calls to set up what it needs (a submitted request, an account) through the application's own services.
     */
    public static EnterpriseArchive withSeeds(Class<?>... seedClasses) {
        EnterpriseArchive ear = shipped();
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addClasses(seedClasses);
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }

    /**
     * The shipped EAR with the intake probe of the reliability tests in its web module, for a server the tests
     * start, kill and restart themselves (no Arquillian runner inside), and the search figures' probe with the raw
     * Lucene it times, which goes into the EJB module to reach the search package's parser and highlighter, and the flow figures' probe
     * with its raw intake consumer and the queue's and case page's SQL.
     */
    public static EnterpriseArchive withIntakeProbe() {
        return addToEjbModule(
                withProbe(
                        IntakeProbe.class,
                        TestRequests.class,
                        SyntheticText.class,
                        SearchFiguresProbe.class,
                        FullTextQuery.class,
                        FlowProbe.class,
                        RawIntakeConsumer.class,
                        QueueSql.class,
                        CaseSql.class,
                        CorpusProbe.class),
                RawLucene.class);
    }

    /**
     * The shipped EAR with a test probe (a servlet under {@code /test-probe/}, open to callers on the loopback
     * interface without signing in) and the classes it needs in its web module.
     */
    public static EnterpriseArchive withProbe(Class<?>... probeClasses) {
        EnterpriseArchive ear = shipped();
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addClasses(probeClasses);
        web.addClass(ProbeAccess.class);
        web.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "intake-probe-access.jar")
                .addAsManifestResource(
                        TestDeployments.class.getResource("/intake-probe-access.xml"), "web-fragment.xml"));
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }

    /** Adds classes to the EJB module, for test observers of events the EJB module fires. */
    public static EnterpriseArchive addToEjbModule(EnterpriseArchive ear, Class<?>... classes) {
        JavaArchive ejb = ear.getAsType(JavaArchive.class, EJB_MODULE);
        ejb.addClasses(classes);
        ear.delete(EJB_MODULE);
        ear.addAsModule(ejb);
        return ear;
    }

    /** A file of the team's shared folder (test corpus, reference data), which sits beside the repository. */
    public static Path sharedFile(String relativePath) {
        Path file = Path.of(System.getProperty("reviewdesk.it.shared-dir"), relativePath)
                .normalize();
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new IllegalStateException(
                    file + " is missing: the tests need the shared folder beside the repository (../shared)");
        }
        return file;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A native SQL update in a transaction of its own, from inside the server: for tests that set a row to what only
     * time would make it (an old performance year, a past deadline).
     */
    public static void sql(
            jakarta.transaction.UserTransaction transaction,
            jakarta.persistence.EntityManager em,
            String update,
            Object... parameters)
            throws Exception {
        transaction.begin();
        em.joinTransaction();
        jakarta.persistence.Query query = em.createNativeQuery(update);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
        transaction.commit();
    }
}
