package org.reviewdesk.api.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An error answer in the form of RFC 9457 ("problem details"): {@code status}, a short
 * {@code title} and a {@code detail} that says what to do, and for refused input an
 * {@code errors} list with one entry per problem, each naming its field.
 */
final class Problem {

    static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {}

    static Response of(Response.Status status, String title, String detail) {
        return build(status.getStatusCode(), title, detail, null);
    }

    static Response of(int status, String title, String detail) {
        return build(status, title, detail, null);
    }

    /** 422 with every problem found; each one starts with the field it is about ("categories[1]: ..."). */
    static Response unprocessable(String detail, List<String> errors) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        errors.forEach(list::add);
        return build(422, "The request was refused", detail, list);
    }

    private static Response build(int status, String title, String detail, JsonArrayBuilder errors) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("status", status)
                .add("title", title)
                .add("detail", detail);
        if (errors != null) {
            body.add("errors", errors);
        }
        // Written as text: the JSON providers may not claim application/problem+json.
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(body.build().toString())
                .build();
    }
}
