package org.reviewdesk.reference;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Looks up participation reference data. A miss is an empty answer, never an error. */
@Stateless
public class ParticipationDirectory {

    @PersistenceContext
    EntityManager em;

    public Optional<PartyDetails> clinician(String npi) {
        return Optional.ofNullable(npi == null ? null : em.find(Clinician.class, npi))
                .map(c -> new PartyDetails(c.name(), c.clinicianType(),
                        c.practices().stream().sorted(Comparator.comparing(Practice::legalName)).toList()));
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

    public long count(Class<?> kind) {
        return em.createQuery("SELECT COUNT(x) FROM " + kind.getSimpleName() + " x", Long.class).getSingleResult();
    }
}
