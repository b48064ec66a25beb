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
import org.reviewdesk.api.ApiTokens;
import org.reviewdesk.api.TokenCheck;

/**
 * Lets a call through to a {@link TokenRequired} resource only with {@code Authorization:
 * Bearer rd_...} carrying a token that was issued, not revoked and not expired. Every refusal is
 * the same 401, whether the header is missing, malformed, unknown or revoked, so a caller cannot
 * probe which tokens exist; only an expired token gets its own 401, saying it expired and to ask
 * for a new one, since only the holder of its secret can send it.
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
        TokenCheck check = authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                ? tokens.authenticate(authorization.substring(SCHEME.length()).strip())
                : new TokenCheck.Refused();
        switch (check) {
            case TokenCheck.Accepted accepted -> caller.authenticatedAs(accepted.client());
            case TokenCheck.Expired expired ->
                refuse(
                        request,
                        Problem.of(
                                Response.Status.UNAUTHORIZED,
                                "API token expired",
                                "This API token expired on " + expired.expiredAt()
                                        + ". Ask your Review Desk administrator for a new token"
                                        + " and send that one instead"),
                        "error=\"invalid_token\", error_description=\"The token expired\"");
            case TokenCheck.Refused refused ->
                refuse(
                        request,
                        Problem.of(
                                Response.Status.UNAUTHORIZED,
                                "Authentication required",
                                "Send the header \"Authorization: Bearer rd_...\" with an API token your Review Desk administrator"
                                        + " issued and has not revoked"),
                        null);
        }
    }

    private static void refuse(ContainerRequestContext request, Response problem, String error) {
        String challenge = "Bearer realm=\"Review Desk API\"" + (error == null ? "" : ", " + error);
        request.abortWith(Response.fromResponse(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build());
    }
}
