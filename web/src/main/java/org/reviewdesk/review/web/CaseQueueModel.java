package org.reviewdesk.review.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.reviewdesk.review.CaseQueues;
import org.reviewdesk.review.CaseSummary;
import org.reviewdesk.review.QueueCursor;
import org.reviewdesk.review.QueuePage;
import org.reviewdesk.review.QueueQuery;
import org.reviewdesk.security.Viewer;

/**
 * A queue as the lazy table pages through it. It remembers where each page it showed ends, so
 * the next page is read by keyset from there; only a jump to a page it has not reached yet
 * (the paginator's last page, say) is read by offset.
 */
public class CaseQueueModel extends LazyDataModel<CaseSummary> {

    private final CaseQueues queues;
    private final Supplier<QueueQuery> query;
    private final Supplier<Viewer> viewer;
    private final Map<Integer, QueueCursor> pageStarts = new HashMap<>();
    private final Map<String, CaseSummary> shown = new HashMap<>();
    private QueueQuery pagedQuery;
    private int pagedSize;

    public CaseQueueModel(CaseQueues queues, Supplier<QueueQuery> query, Supplier<Viewer> viewer) {
        this.queues = queues;
        this.query = query;
        this.viewer = viewer;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(queues.count(query.get(), viewer.get()));
    }

    @Override
    public List<CaseSummary> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        QueueQuery current = query.get();
        if (!current.equals(pagedQuery) || pageSize != pagedSize) {
            pageStarts.clear();
            pagedQuery = current;
            pagedSize = pageSize;
        }
        QueueCursor after = pageStarts.get(first);
        QueuePage page = queues.page(current, viewer.get(), after, after == null ? first : 0, pageSize);
        if (page.next() != null) {
            pageStarts.put(first + pageSize, page.next());
        }
        shown.clear();
        page.rows().forEach(row -> shown.put(String.valueOf(row.id()), row));
        return page.rows();
    }

    @Override
    public String getRowKey(CaseSummary row) {
        return String.valueOf(row.id());
    }

    @Override
    public CaseSummary getRowData(String rowKey) {
        return shown.get(rowKey);
    }
}
