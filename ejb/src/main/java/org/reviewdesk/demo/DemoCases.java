package org.reviewdesk.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.reviewdesk.configuration.Settings;
import org.reviewdesk.search.CaseIndexing;

/**
 * The living demo: on the first start of an empty database in demo mode with {@link Settings#demoCases()} on (README's
 * run command), {@link DemoStories} files about 60 cases, in one transaction, through the services users call. Then
 * each case is indexed here, with the text of its files, before the server says it is ready, so the first search a
 * supervisor makes finds them by the words of their attachments; the index queue, which heard of every case too, finds
 * them indexed already.
 */
@Singleton
@Startup
// Creating the demo's extra reviewer accounts is an administrator's; the first start does it.
@RunAs("ADMIN")
@DependsOn({"SchemaMigration", "DemoAccounts", "DemoData"})
public class DemoCases {

    private static final Logger LOG = Logger.getLogger(DemoCases.class.getName());

    @EJB
    DemoStories stories;

    @EJB
    CaseIndexing indexing;

    @Inject
    Settings settings;

    /** Outside a transaction: the stories commit in theirs before the cases are indexed from the database. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fileOnFirstStart() {
        if (!settings.demoCases()) {
            return;
        }
        List<Long> filed = stories.tellAll();
        if (filed.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        filed.forEach(indexing::reindex);
        LOG.info(() -> "Indexed the " + filed.size() + " demo cases with the text of their files in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
