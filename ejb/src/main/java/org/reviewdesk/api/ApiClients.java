package org.reviewdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.reviewdesk.validation.InvalidInput;

/** The organisations registered to use the REST API. */
@Stateless
public class ApiClients {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Registers an organisation.
     *
     * @throws InvalidInput when a field is missing or malformed, or an organisation of that name exists
     */
    @RolesAllowed("ADMIN")
    public ApiClient register(String organisationName, ApiClientKind kind, String contactEmail, String adminUsername) {
        ApiClient client = new ApiClient(organisationName, kind, contactEmail, adminUsername, clock.instant());
        boolean taken = !em.createNamedQuery(ApiClient.BY_NAME, ApiClient.class)
                .setParameter(
                        "name",
                        ApiClient.normalisedName(client.organisationName()).orElseThrow())
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new InvalidInput(
                    ApiClient.NAME_FIELD,
                    client.organisationName()
                            + " is registered already; issue it another token instead of registering it twice");
        }
        em.persist(client);
        return client;
    }

    @RolesAllowed("ADMIN")
    public List<ApiClient> all() {
        return em.createNamedQuery(ApiClient.ALL, ApiClient.class).getResultList();
    }

    public Optional<ApiClient> find(long id) {
        return Optional.ofNullable(em.find(ApiClient.class, id));
    }

    /** The client acting under an identity {@code api:<id>}, or empty for a person's account name. */
    public Optional<ApiClient> byUsername(String username) {
        return ApiClient.idOf(username).stream().boxed().findFirst().flatMap(this::find);
    }
}
