package org.reviewdesk.mail.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.reviewdesk.mail.LoggedMail;
import org.reviewdesk.mail.MailLog;
import org.reviewdesk.mail.MailState;

/** The mail matching the administrator's search and state, one database page at a time, newest first. */
public class MailLogModel extends LazyDataModel<LoggedMail> {

    private final MailLog log;
    private final Supplier<String> search;
    private final Supplier<MailState> state;
    private final Map<String, LoggedMail> shown = new HashMap<>();

    public MailLogModel(MailLog log, Supplier<String> search, Supplier<MailState> state) {
        this.log = log;
        this.search = search;
        this.state = state;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(log.count(search.get(), state.get()));
    }

    @Override
    public List<LoggedMail> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        List<LoggedMail> page = log.page(search.get(), state.get(), first, pageSize);
        shown.clear();
        page.forEach(mail -> shown.put(String.valueOf(mail.id()), mail));
        return page;
    }

    @Override
    public String getRowKey(LoggedMail mail) {
        return String.valueOf(mail.id());
    }

    @Override
    public LoggedMail getRowData(String rowKey) {
        return shown.get(rowKey);
    }
}
