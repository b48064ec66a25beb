package org.reviewdesk.api.web;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.reviewdesk.api.ApiClient;
import org.reviewdesk.api.ApiTokens;

import java.util.Optional;

/**
 * Lets a call through to a {@link TokenRequired} resource only with {@code Authorization:
 * Bearer rd_...} carrying a token that was issued and not revoked. Every refusal is the same
 * 401, whether the header is missing, malformed, unknown or revoked, so a caller cannot probe
 * which tokens exist.
 */
@Provider
@TokenRequired
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final String SCHEME = "Bearer ";

    @EJB
    ApiTokens tokens;

    @Inject
    ApiCaller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<ApiClient> client = authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                ? tokens.authenticate(authorization.substring(SCHEME.length()).strip())
                : Optional.empty();
        if (client.isEmpty()) {
            Response refusal = Problem.of(Response.Status.UNAUTHORIZED, "Authentication required",
                    "Send the header \"Authorization: Bearer rd_...\" with an API token your Review Desk administrator"
                            + " issued and has not revoked");
            request.abortWith(Response.fromResponse(refusal)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Review Desk API\"").build());
            return;
        }
        caller.authenticatedAs(client.get());
    }
}
