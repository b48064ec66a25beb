package org.reviewdesk.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import org.reviewdesk.attachment.Attachments;

/**
 * Brings the index in line with the database, one case at a time or all of them. Outside a
 * transaction: each read of the database and each file's text is its own short transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CaseIndexing {

    @Inject
    SearchIndex index;

    @EJB
    CaseDocuments documents;

    @EJB
    Attachments attachments;

    @Inject
    Clock clock;

    /** Reads the case's files not read yet, then writes the case as the database has it now. */
    public void reindex(long requestId) {
        reindex(requestId, true);
    }

    /** With {@code durable} false the entry waits for the next commit of the index (a rebuild, many at a time). */
    public void reindex(long requestId, boolean durable) {
        reindex(List.of(requestId), durable);
    }

    /**
     * {@link #reindex(long, boolean)} of many cases, read from the database together (the rebuild's batches). Files
     * not read yet are read first, each under its own case's lock only, so that a slow file holds up no other case's
     * update. Then the cases' locks are held from before the read until their entries are written, so that a
     * concurrent update of one of them is never overwritten by what was read before it.
     */
    public void reindex(List<Long> requestIds, boolean durable) {
        documents.unreadAttachments(requestIds).forEach(this::readFiles);
        List<ReentrantLock> locks = index.locksOf(requestIds);
        locks.forEach(ReentrantLock::lock);
        try {
            Map<Long, CaseDocument> found = documents.ofAll(requestIds);
            for (long requestId : requestIds) {
                write(requestId, found.get(requestId), durable);
            }
        } finally {
            locks.reversed().forEach(ReentrantLock::unlock);
        }
    }

    private void readFiles(long requestId, List<Long> attachmentIds) {
        ReentrantLock lock = index.locksOf(List.of(requestId)).getFirst();
        lock.lock();
        try {
            attachmentIds.forEach(attachments::extractOnce);
        } finally {
            lock.unlock();
        }
    }

    private void write(long requestId, CaseDocument document, boolean durable) {
        try {
            if (document != null) {
                index.put(document, durable);
            } else {
                index.remove(requestId, durable);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Case " + requestId + " could not be written to the search index", e);
        }
    }

    /**
     * Compares every case in the database with the index: each must be there exactly once, as it
     * is now, and nothing else may be.
     */
    @RolesAllowed("ADMIN")
    public IndexCheck check() {
        try {
            Map<Long, String> cases = documents.stampsOf(null);
            Map<Long, List<String>> entries = index.stamps();
            Set<Long> missing = new TreeSet<>();
            Set<Long> duplicated = new TreeSet<>();
            Set<Long> stale = new TreeSet<>();
            Set<Long> orphaned = new TreeSet<>();
            cases.forEach((id, stamp) -> {
                List<String> indexed = entries.get(id);
                if (indexed == null) {
                    missing.add(id);
                } else if (indexed.size() > 1) {
                    duplicated.add(id);
                } else if (!indexed.getFirst().equals(stamp)) {
                    stale.add(id);
                }
            });
            for (Long id : entries.keySet()) {
                if (!cases.containsKey(id)) {
                    orphaned.add(id);
                }
            }
            long entryCount = entries.values().stream().mapToLong(List::size).sum();
            return new IndexCheck(
                    cases.size(),
                    entryCount,
                    List.copyOf(missing),
                    List.copyOf(duplicated),
                    List.copyOf(stale),
                    List.copyOf(orphaned),
                    clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be read", e);
        }
    }

    /** Indexes again every case a check found wrong, and drops entries of cases that are gone. */
    @RolesAllowed("ADMIN")
    public int repair(IndexCheck found) {
        Set<Long> cases = new HashSet<>(found.missing());
        cases.addAll(found.duplicated());
        cases.addAll(found.stale());
        cases.addAll(found.orphaned());
        List<Long> ordered = new ArrayList<>(new TreeSet<>(cases));
        ordered.forEach(this::reindex);
        return ordered.size();
    }
}
