package org.reviewdesk.accounts.web;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.reviewdesk.accounts.AccountAdministration;
import org.reviewdesk.security.UserAccount;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The accounts matching the administrator's search, one database page at a time, by user name. */
public class AccountListModel extends LazyDataModel<UserAccount> {

    private final AccountAdministration administration;
    private final Supplier<String> search;
    private final Map<String, UserAccount> shown = new HashMap<>();

    public AccountListModel(AccountAdministration administration, Supplier<String> search) {
        this.administration = administration;
        this.search = search;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(administration.count(search.get()));
    }

    @Override
    public List<UserAccount> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        List<UserAccount> page = administration.page(search.get(), first, pageSize);
        shown.clear();
        page.forEach(account -> shown.put(account.username(), account));
        return page;
    }

    @Override
    public String getRowKey(UserAccount account) {
        return account.username();
    }

    @Override
    public UserAccount getRowData(String rowKey) {
        return shown.get(rowKey);
    }
}
