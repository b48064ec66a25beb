package org.reviewdesk.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reviewdesk.infrastructure.persistence.LikePattern;

/** Looks up participation reference data. A miss is an empty answer, never an error. */
@Stateless
public class ParticipationDirectory {

    @PersistenceContext
    EntityManager em;

    public Optional<PartyDetails> clinician(String npi) {
        return Optional.ofNullable(npi == null ? null : em.find(Clinician.class, npi))
                .map(c -> new PartyDetails(
                        c.name(),
                        c.clinicianType(),
                        c.practices().stream()
                                .sorted(Comparator.comparing(Practice::legalName))
                                .toList()));
    }

    public Optional<PartyDetails> practice(String tin) {
        return Optional.ofNullable(tin == null ? null : em.find(Practice.class, tin))
                .map(p -> new PartyDetails(p.legalName(), null, List.of(p)));
    }

    public Optional<PartyDetails> virtualGroup(String id) {
        return Optional.ofNullable(id == null ? null : em.find(VirtualGroup.class, id))
                .map(g -> new PartyDetails(g.name(), null, List.of()));
    }

    public Optional<PartyDetails> apmEntity(String id) {
        return Optional.ofNullable(id == null ? null : em.find(ApmEntity.class, id))
                .map(e -> new PartyDetails(e.name(), null, List.of()));
    }

    /** The kinds of record an administrator browses (links between clinicians and practices show on the clinician). */
    public static final List<ReferenceKind> BROWSABLE = List.of(
            ReferenceKind.CLINICIANS,
            ReferenceKind.PRACTICES,
            ReferenceKind.VIRTUAL_GROUPS,
            ReferenceKind.APM_ENTITIES);

    /**
     * One page of the records of a kind whose identifier or name contains the search text (a clinician's type
     * too), by name; for the administrator's browser.
     */
    @RolesAllowed("ADMIN")
    public List<ReferenceEntry> page(ReferenceKind kind, String search, int first, int size) {
        return matching(
                        kind,
                        search,
                        "SELECT x FROM " + entityOf(kind) + " x",
                        Object.class,
                        " ORDER BY x." + nameField(kind) + ", x." + idField(kind))
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList()
                .stream()
                .map(found -> entry(kind, found))
                .toList();
    }

    @RolesAllowed("ADMIN")
    public long count(ReferenceKind kind, String search) {
        return matching(kind, search, "SELECT COUNT(x) FROM " + entityOf(kind) + " x", Long.class, "")
                .getSingleResult();
    }

    /** Every import that ran, newest first. */
    @RolesAllowed("ADMIN")
    public List<ImportRun> imports() {
        return em.createQuery("SELECT r FROM ImportRun r ORDER BY r.ranAt DESC, r.id DESC", ImportRun.class)
                .getResultList();
    }

    @RolesAllowed("ADMIN")
    public Optional<ImportRun> importRun(long id) {
        return Optional.ofNullable(em.find(ImportRun.class, id));
    }

    private <T> TypedQuery<T> matching(ReferenceKind kind, String search, String select, Class<T> type, String order) {
        String where = " WHERE LOWER(x." + idField(kind) + ") LIKE :p ESCAPE '\\' OR LOWER(x." + nameField(kind)
                + ") LIKE :p ESCAPE '\\'"
                + (kind == ReferenceKind.CLINICIANS ? " OR LOWER(x.clinicianType) LIKE :p ESCAPE '\\'" : "");
        return em.createQuery(select + where + order, type).setParameter("p", LikePattern.containing(search));
    }

    private static ReferenceEntry entry(ReferenceKind kind, Object found) {
        return switch (found) {
            case Clinician c ->
                new ReferenceEntry(kind, c.npi(), c.name(), c.clinicianType() + practicesOf(c), c.lastImport());
            case Practice p -> new ReferenceEntry(kind, p.tin(), p.legalName(), "", p.lastImport());
            case NamedRecord r -> new ReferenceEntry(kind, r.id(), r.name(), "", r.lastImport());
            default -> throw new IllegalStateException("Not reference data: " + found);
        };
    }

    private static String practicesOf(Clinician clinician) {
        String practices =
                clinician.practices().stream().map(Practice::legalName).sorted().collect(Collectors.joining(", "));
        return practices.isEmpty() ? "" : "; bills under " + practices;
    }

    private static String entityOf(ReferenceKind kind) {
        return switch (kind) {
            case CLINICIANS -> "Clinician";
            case PRACTICES -> "Practice";
            case VIRTUAL_GROUPS -> "VirtualGroup";
            case APM_ENTITIES -> "ApmEntity";
            case CLINICIAN_PRACTICES -> throw new IllegalArgumentException("Links are browsed on their clinician");
        };
    }

    private static String idField(ReferenceKind kind) {
        return switch (kind) {
            case CLINICIANS -> "npi";
            case PRACTICES -> "tin";
            default -> "id";
        };
    }

    private static String nameField(ReferenceKind kind) {
        return kind == ReferenceKind.PRACTICES ? "legalName" : "name";
    }

    public long count(Class<?> kind) {
        return em.createQuery("SELECT COUNT(x) FROM " + kind.getSimpleName() + " x", Long.class)
                .getSingleResult();
    }
}
