package org.reviewdesk.api.web;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** The addresses of a request sent through the API, absolute, as the answers give them. */
final class Links {

    private Links() {}

    static URI request(UriInfo uri, String requestKey) {
        return uri.getBaseUriBuilder()
                .path(RequestsResource.class)
                .path(requestKey)
                .build();
    }

    static URI comments(UriInfo uri, String requestKey) {
        return uri.getBaseUriBuilder()
                .path(RequestsResource.class)
                .path(requestKey)
                .path("comments")
                .build();
    }
}
