package org.reviewdesk.api.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * {@code GET /api/openapi.yaml}: the OpenAPI 3.1 description of the API, written by hand in
 * {@code src/main/resources/openapi.yaml} and served as it is, without a token, so integrators
 * and their tools can read it before they have one.
 */
@Path("/openapi.yaml")
@RequestScoped
public class OpenApiDocument {

    static final String RESOURCE = "/openapi.yaml";
    static final String MEDIA_TYPE = "application/yaml";

    @GET
    @Produces(MEDIA_TYPE)
    public Response document() {
        InputStream yaml = OpenApiDocument.class.getResourceAsStream(RESOURCE);
        if (yaml == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the web module");
        }
        return Response.ok(yaml, MEDIA_TYPE + "; charset=UTF-8").build();
    }
}
