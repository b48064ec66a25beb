package org.reviewdesk.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table of what a search box finds, one database page at a time: the service counts and pages what
 * matches the screen's current search, and each row is known by its key (for selection and row events).
 * Sorting and the table's own filters are not used: the order is the service's.
 */
public class SearchedPages<T> extends LazyDataModel<T> {

    /** One page of the matches, from {@code first}, at most {@code size} of them. */
    @FunctionalInterface
    public interface Pager<T> {
        List<T> page(int first, int size);
    }

    private final LongSupplier count;
    private final Pager<T> pager;
    private final Function<T, String> key;
    private final Map<String, T> shown = new HashMap<>();

    public SearchedPages(LongSupplier count, Pager<T> pager, Function<T, String> key) {
        this.count = count;
        this.pager = pager;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(count.getAsLong());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        List<T> page = pager.page(first, pageSize);
        shown.clear();
        page.forEach(row -> shown.put(key.apply(row), row));
        return page;
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return shown.get(rowKey);
    }
}
