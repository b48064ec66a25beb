package org.reviewdesk.search.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reviewdesk.request.CaseHistory;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.review.Assignments;
import org.reviewdesk.review.CaseSummary;
import org.reviewdesk.review.web.Reassignment;
import org.reviewdesk.search.CaseSearch;
import org.reviewdesk.search.SavedSearch;
import org.reviewdesk.search.SavedSearches;
import org.reviewdesk.search.SearchExport;
import org.reviewdesk.search.SearchHit;
import org.reviewdesk.search.SearchOrder;
import org.reviewdesk.search.SearchRequest;
import org.reviewdesk.search.SearchResults;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.UserAccounts;
import org.reviewdesk.security.web.CurrentUser;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.web.FormErrors;
import org.reviewdesk.web.Pages;
import org.reviewdesk.web.Selection;

/** The search screen: one query box, facets to narrow, pages of hits that say why they matched; supervisors reassign a selection. */
@Named
@ViewScoped
public class SearchScreen implements Serializable {

    static final int PAGE_SIZE = 20;

    @EJB
    CaseSearch search;

    @EJB
    Assignments assignments;

    @EJB
    SavedSearches savedSearches;

    @EJB
    UserAccounts accounts;

    @Inject
    CurrentUser currentUser;

    private final FormErrors errors = new FormErrors();
    private String query = "";
    private final Map<String, Set<String>> filters = new LinkedHashMap<>();
    private boolean overdueOnly;
    private SearchOrder order = SearchOrder.RELEVANCE;
    private int page;
    private SearchResults results;
    private final Selection selected = new Selection();
    private final Reassignment reassignment = new Reassignment();
    private Map<String, String> names;
    private String saveAs;

    @PostConstruct
    void start() {
        names = accounts.reviewStaff().stream()
                .collect(Collectors.toMap(UserAccount::username, UserAccount::displayName));
    }

    /** Runs the query a link brought (?q=…), or lists every case when there is none. */
    public void open() {
        run();
    }

    public void search() {
        page = 0;
        selected.clear();
        run();
    }

    public void toggle(String facet, String value) {
        Set<String> values = filters.computeIfAbsent(facet, key -> new LinkedHashSet<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        if (values.isEmpty()) {
            filters.remove(facet);
        }
        search();
    }

    public void clearFilters() {
        filters.clear();
        overdueOnly = false;
        search();
    }

    public void goTo(int number) {
        page = Math.max(0, number);
        run();
    }

    public void reassignSelected() {
        errors.clear();
        try {
            List<Long> chosen = getSelectedIds();
            int moved = assignments
                    .reassign(chosen, reassignment.getReviewer(), reassignment.getReason(), currentUser.viewer())
                    .size();
            Pages.info(reassignment.outcome(moved, chosen.size(), nameOf(reassignment.getReviewer())));
            selected.clear();
            reassignment.done();
            run();
        } catch (InvalidInput refused) {
            errors.show(refused);
        }
    }

    public void saveSearch() {
        errors.clear();
        try {
            SavedSearch saved = savedSearches.save(currentUser.viewer(), saveAs, request(0, PAGE_SIZE));
            Pages.info("Saved as \u201c" + saved.name() + "\u201d; it is listed above the query box");
            saveAs = null;
        } catch (InvalidInput refused) {
            errors.show(refused);
        }
    }

    public void runSaved(SavedSearch saved) {
        SearchRequest again = saved.toRequest(PAGE_SIZE);
        query = again.query();
        filters.clear();
        again.filters().forEach((facet, values) -> filters.put(facet, new LinkedHashSet<>(values)));
        overdueOnly = again.overdueOnly();
        order = again.order();
        search();
    }

    public void deleteSaved(SavedSearch saved) {
        savedSearches.delete(saved.id(), currentUser.viewer());
        Pages.info("Deleted the saved search \u201c" + saved.name() + "\u201d");
    }

    public List<SavedSearch> getSavedSearches() {
        return savedSearches.of(currentUser.viewer());
    }

    /** The whole result list (up to {@link SearchExport#MAX_ROWS} cases) as a CSV download. */
    public void export() throws IOException {
        byte[] csv;
        try {
            csv = SearchExport.csv(
                    search.allMatching(
                            request(0, SearchRequest.MAX_PAGE_SIZE), currentUser.viewer(), SearchExport.MAX_ROWS),
                    this::nameOf);
        } catch (InvalidInput refused) {
            errors.show(refused);
            return;
        }
        Pages.download(csv, "text/csv; charset=UTF-8", "review-desk-search.csv");
    }

    private void run() {
        errors.clear();
        try {
            results = search.search(request(page, PAGE_SIZE), currentUser.viewer());
        } catch (InvalidInput refused) {
            results = null;
            errors.show(refused);
        }
    }

    SearchRequest request(int pageNumber, int size) {
        return new SearchRequest(query, filters, overdueOnly, order, pageNumber, size);
    }

    // ---- what the page shows

    public SearchResults getResults() {
        return results;
    }

    public List<SearchOrder> getOrders() {
        return Arrays.asList(SearchOrder.values());
    }

    public boolean isFiltered() {
        return !filters.isEmpty() || overdueOnly;
    }

    public String nameOf(String username) {
        return username == null ? CaseHistory.UNASSIGNED : names.getOrDefault(username, username);
    }

    public String issueTypesOf(CaseSummary row) {
        return row.issueTypes().stream().map(IssueType::label).collect(Collectors.joining(", "));
    }

    /** "1–20 of 134". */
    public String getRange() {
        if (results == null || results.total() == 0) {
            return "No cases match";
        }
        long first = (long) page * PAGE_SIZE + 1;
        long last = Math.min(results.total(), first + results.hits().size() - 1);
        return first + "–" + last + " of " + results.total() + (results.total() == 1 ? " case" : " cases");
    }

    public boolean isSupervisor() {
        return currentUser.viewer().supervises();
    }

    public List<UserAccount> getReviewers() {
        return accounts.reviewStaff();
    }

    public List<Long> getSelectedIds() {
        return selected.ids();
    }

    public String matchStyle(SearchHit.Match match) {
        return match.staffOnly() ? "rd-match rd-match-internal" : "rd-match";
    }

    // ---- getters and setters

    public String getSaveAs() {
        return saveAs;
    }

    public void setSaveAs(String saveAs) {
        this.saveAs = saveAs;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null ? "" : query;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public SearchOrder getOrder() {
        return order;
    }

    public void setOrder(SearchOrder order) {
        this.order = order == null ? SearchOrder.RELEVANCE : order;
    }

    public int getPage() {
        return page;
    }

    public Map<Long, Boolean> getSelected() {
        return selected.marks();
    }

    public Reassignment getReassignment() {
        return reassignment;
    }

    public FormErrors getErrors() {
        return errors;
    }
}
