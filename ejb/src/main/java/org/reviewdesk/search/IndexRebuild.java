package org.reviewdesk.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.reviewdesk.security.Role;
import org.reviewdesk.security.Viewer;
import org.reviewdesk.validation.InvalidInput;

/**
 * Rebuilds the whole index from the database while search keeps answering: every case is written
 * again over its old entry, and only at the end are entries of cases that are gone dropped, so a
 * search during the rebuild finds every case, old or new. Updates of cases that happen meanwhile
 * go on as usual. An index that is empty while the database has cases (a new data directory, a
 * deleted index), or that was written with an older analysis of words, is rebuilt at start-up by itself.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "SearchIndex"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexRebuild {

    private static final Logger LOG = Logger.getLogger(IndexRebuild.class.getName());
    private static final int BATCH = 200;
    public static final String FIELD = "Index rebuild";

    @Inject
    SearchIndex index;

    @EJB
    CaseIndexing indexing;

    @EJB
    CaseDocuments documents;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile RebuildProgress progress = RebuildProgress.NEVER;

    @PostConstruct
    void rebuildAnEmptyIndex() {
        try {
            if (index.size() == 0 && documents.countCases() > 0) {
                LOG.info("The search index is empty but the database has cases; rebuilding it");
                begin("Review Desk (start-up)");
            } else if (index.needsRebuild()) {
                // Search answers meanwhile from the old entries, as during any rebuild; words split differently are
                // found once it ends.
                LOG.info("The search index was written with an older analysis of words; rebuilding it");
                begin("Review Desk (start-up, new word analysis)");
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not look at the search index at start-up", e);
        }
    }

    /** Starts a rebuild in the background; only an administrator may. */
    @RolesAllowed("ADMIN")
    public RebuildProgress start(Viewer admin) {
        if (!admin.roles().contains(Role.ADMIN)) {
            throw new InvalidInput(FIELD, "Only an administrator can rebuild the search index");
        }
        return begin(admin.username());
    }

    private RebuildProgress begin(String startedBy) {
        if (!running.compareAndSet(false, true)) {
            throw new InvalidInput(FIELD, "A rebuild is already running; watch its progress here");
        }
        progress = RebuildProgress.started(startedBy, documents.countCases(), clock.instant());
        context.getBusinessObject(IndexRebuild.class).run();
        return progress;
    }

    public RebuildProgress progress() {
        return progress;
    }

    @Asynchronous
    public void run() {
        long generation = index.beginGeneration();
        long after = 0;
        long done = 0;
        try {
            List<Long> batch;
            while (!(batch = documents.caseIds(after, BATCH)).isEmpty()) {
                indexing.reindex(batch, false);
                done += batch.size();
                index.commit();
                after = batch.getLast();
                progress = progress.at(done);
            }
            index.dropOlderThan(generation);
            progress = progress.finished(done, clock.instant(), null);
            LOG.info(() -> "Search index rebuilt: " + progress.done() + " cases");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The search index rebuild failed", e);
            progress = progress.finished(
                    done,
                    clock.instant(),
                    "The rebuild stopped after " + done + " cases: " + e.getMessage()
                            + ". Search still answers from the entries it has; start the rebuild again.");
        } finally {
            running.set(false);
        }
    }

    /** How far a rebuild got. */
    public record RebuildProgress(
            boolean running,
            String startedBy,
            long total,
            long done,
            Instant startedAt,
            Instant finishedAt,
            String problem) {

        static final RebuildProgress NEVER = new RebuildProgress(false, null, 0, 0, null, null, null);

        static RebuildProgress started(String by, long total, Instant at) {
            return new RebuildProgress(true, by, total, 0, at, null, null);
        }

        RebuildProgress at(long casesDone) {
            return new RebuildProgress(
                    running, startedBy, Math.max(total, casesDone), casesDone, startedAt, null, null);
        }

        RebuildProgress finished(long casesDone, Instant at, String failure) {
            return new RebuildProgress(false, startedBy, Math.max(total, casesDone), casesDone, startedAt, at, failure);
        }

        public int percent() {
            return total == 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100 / total);
        }
    }
}
