package org.reviewdesk.search;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.reviewdesk.security.Viewer;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;

/** Each person's saved searches: saved under a name (the same name again replaces it), listed, run, deleted. */
@Stateless
public class SavedSearches {

    public static final String NAME_FIELD = FormField.SEARCH_NAME.label();
    private static final int MOST_PER_PERSON = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public SavedSearch save(Viewer owner, String name, SearchRequest search) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw new InvalidInput(NAME_FIELD, "Give the search a name, such as \u201cMy overdue cases\u201d");
        }
        if (cleanName.length() > SavedSearch.MAX_NAME) {
            throw new InvalidInput(NAME_FIELD, "Use at most " + SavedSearch.MAX_NAME + " characters for the name");
        }
        if (search.query().length() > SavedSearch.MAX_QUERY) {
            throw new InvalidInput(
                    CaseSearch.QUERY_FIELD,
                    "A saved search holds at most " + SavedSearch.MAX_QUERY + " characters of query");
        }
        CaseQueryParser.parse(search.query(), owner.isStaff());
        Optional<SavedSearch> same = named(owner, cleanName);
        if (same.isPresent()) {
            same.get().replaceWith(search);
            return same.get();
        }
        if (of(owner).size() >= MOST_PER_PERSON) {
            throw new InvalidInput(
                    NAME_FIELD, "You have " + MOST_PER_PERSON + " saved searches; delete one you no longer use first");
        }
        SavedSearch saved = new SavedSearch(owner.username(), cleanName, search, clock.instant());
        em.persist(saved);
        return saved;
    }

    public List<SavedSearch> of(Viewer owner) {
        return em.createQuery(
                        "SELECT s FROM SavedSearch s WHERE s.ownerUsername = :owner ORDER BY s.name", SavedSearch.class)
                .setParameter("owner", owner.username())
                .getResultList();
    }

    /** The search, if it is the viewer's own. */
    public Optional<SavedSearch> find(long id, Viewer owner) {
        SavedSearch saved = em.find(SavedSearch.class, id);
        return saved != null && saved.ownerUsername().equals(owner.username()) ? Optional.of(saved) : Optional.empty();
    }

    public void delete(long id, Viewer owner) {
        find(id, owner).ifPresent(em::remove);
    }

    private Optional<SavedSearch> named(Viewer owner, String name) {
        return em.createQuery(
                        "SELECT s FROM SavedSearch s WHERE s.ownerUsername = :owner AND s.name = :name",
                        SavedSearch.class)
                .setParameter("owner", owner.username())
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }
}
