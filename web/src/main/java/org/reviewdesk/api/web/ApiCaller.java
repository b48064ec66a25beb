package org.reviewdesk.api.web;

import jakarta.enterprise.context.RequestScoped;
import org.reviewdesk.api.ApiClient;

/** The API client of the current call, as {@link BearerTokenFilter} authenticated it. */
@RequestScoped
public class ApiCaller {

    private ApiClient client;

    void authenticatedAs(ApiClient authenticated) {
        this.client = authenticated;
    }

    public ApiClient client() {
        if (client == null) {
            // Only resources marked @TokenRequired ask, and the filter has run for them.
            throw new IllegalStateException(
                    "No API client authenticated for this call; is the resource marked @TokenRequired?");
        }
        return client;
    }
}
