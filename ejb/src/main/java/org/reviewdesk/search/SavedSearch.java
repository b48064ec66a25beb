package org.reviewdesk.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A search kept under a name by the person who made it. */
@Entity
@Table(name = "saved_search")
public class SavedSearch {

    public static final int MAX_NAME = 100;
    public static final int MAX_QUERY = 2000;

    @Id
    @SequenceGenerator(name = "saved_search_seq", sequenceName = "saved_search_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_search_seq")
    private Long id;

    @Column(name = "owner_username", nullable = false, length = 100)
    private String ownerUsername;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(nullable = false, length = MAX_QUERY)
    private String query;

    /** "issue=general,submission;status=denied": facet names and values are plain codes. */
    @Column(nullable = false, length = 2000)
    private String filters;

    @Column(name = "overdue_only", nullable = false)
    private boolean overdueOnly;

    @Enumerated(EnumType.STRING)
    @Column(name = "sort_order", nullable = false, length = 20)
    private SearchOrder order;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedSearch() {}

    SavedSearch(String ownerUsername, String name, SearchRequest search, Instant now) {
        this.ownerUsername = ownerUsername;
        this.name = name;
        this.createdAt = now;
        replaceWith(search);
    }

    void replaceWith(SearchRequest search) {
        this.query = search.query();
        this.filters = search.filters().entrySet().stream()
                .map(entry -> entry.getKey() + "="
                        + entry.getValue().stream().sorted().collect(Collectors.joining(",")))
                .sorted()
                .collect(Collectors.joining(";"));
        this.overdueOnly = search.overdueOnly();
        this.order = search.order();
    }

    /** The search again, from its first page. */
    public SearchRequest toRequest(int pageSize) {
        Map<String, Set<String>> byFacet = new LinkedHashMap<>();
        if (!filters.isEmpty()) {
            for (String facet : filters.split(";")) {
                String[] nameAndValues = facet.split("=", 2);
                byFacet.put(nameAndValues[0], new LinkedHashSet<>(Arrays.asList(nameAndValues[1].split(","))));
            }
        }
        return new SearchRequest(query, byFacet, overdueOnly, order, 0, pageSize);
    }

    public Long id() {
        return id;
    }

    public String ownerUsername() {
        return ownerUsername;
    }

    public String name() {
        return name;
    }

    public String query() {
        return query;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
