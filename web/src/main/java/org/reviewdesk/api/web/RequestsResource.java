package org.reviewdesk.api.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.reviewdesk.api.ApiClient;
import org.reviewdesk.api.ApiIntake;
import org.reviewdesk.api.FilingStatus;
import org.reviewdesk.comment.Comment;
import org.reviewdesk.comment.CommentNotFound;
import org.reviewdesk.comment.Comments;
import org.reviewdesk.request.TargetedReviewRequest;
import org.reviewdesk.validation.InvalidInput;

/**
 * Requests an API client sends, followed by its own request key: filing one, its status, and
 * its conversation with the reviewers. Another client's key is answered exactly like an
 * unknown one.
 */
@Path("/v1/requests")
@TokenRequired
@RequestScoped
public class RequestsResource {

    static final String BODY = "body";
    static final String REPLY_TO = "replyTo";

    @EJB
    ApiIntake intake;

    @EJB
    Comments comments;

    @Inject
    ApiCaller caller;

    @Context
    UriInfo uri;

    /** Checks the intake message at once (422 with every problem), then queues it: 202, followed at Location. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response file(String message) {
        String key = intake.file(caller.client(), message);
        FilingStatus status = intake.status(caller.client(), key);
        return Response.accepted()
                .location(Links.request(uri, key))
                .type(MediaType.APPLICATION_JSON)
                .entity(statusJson(status).toString())
                .build();
    }

    @GET
    @Path("{requestKey}")
    @Produces(MediaType.APPLICATION_JSON)
    public String status(@PathParam("requestKey") String requestKey) {
        return statusJson(intake.status(caller.client(), requestKey)).toString();
    }

    /** The conversation, without internal notes, in the order it was written; a reply names its parent. */
    @GET
    @Path("{requestKey}/comments")
    @Produces(MediaType.APPLICATION_JSON)
    public Response comments(@PathParam("requestKey") String requestKey) {
        ApiClient client = caller.client();
        FilingStatus status = intake.status(client, requestKey);
        if (status.request().isEmpty()) {
            return notFiledYet(status);
        }
        List<Comment> thread = comments.thread(status.request().get().id(), client.viewer());
        JsonArrayBuilder list = Json.createArrayBuilder();
        thread.forEach(comment -> list.add(commentJson(comment)));
        return Response.ok(
                        Json.createObjectBuilder()
                                .add("requestKey", requestKey)
                                .add("comments", list)
                                .build()
                                .toString(),
                        MediaType.APPLICATION_JSON)
                .build();
    }

    /** {@code {"body": "...", "replyTo": 123}}, replyTo optional: a comment as the client's organisation. */
    @POST
    @Path("{requestKey}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("requestKey") String requestKey, String json) {
        ApiClient client = caller.client();
        FilingStatus status = intake.status(client, requestKey);
        if (status.request().isEmpty()) {
            return notFiledYet(status);
        }
        NewComment asked = NewComment.read(json);
        Comment written;
        try {
            written = comments.postAsClient(
                    status.request().get().id(),
                    asked.replyTo(),
                    client.viewer(),
                    client.organisationName(),
                    asked.body());
        } catch (CommentNotFound unknown) {
            throw new InvalidInput(
                    REPLY_TO,
                    "There is no comment " + asked.replyTo()
                            + " on this request to reply to; give the id of one of its comments, or leave replyTo out");
        }
        return Response.status(Response.Status.CREATED)
                .type(MediaType.APPLICATION_JSON)
                .entity(commentJson(written).build().toString())
                .build();
    }

    private Response notFiledYet(FilingStatus status) {
        String detail = FilingStatus.REJECTED.equals(status.state())
                ? "Intake refused this request, so it has no conversation: " + status.reason()
                : "This request is still queued for intake; its conversation opens once it is filed. Check its status and try again";
        return Problem.of(Response.Status.CONFLICT, "Not filed", detail);
    }

    private JsonObject statusJson(FilingStatus status) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("requestKey", status.requestKey())
                .add("status", status.state());
        TargetedReviewRequest filed = status.request().orElse(null);
        addOrNull(json, "displayId", filed == null ? null : filed.displayId());
        addOrNull(json, "submittedAt", filed == null ? null : filed.submittedAt());
        addOrNull(json, "reason", status.reason());
        json.add("receivedAt", status.receivedAt().toString());
        json.add(
                "links",
                Json.createObjectBuilder()
                        .add("self", Links.request(uri, status.requestKey()).toString())
                        .add(
                                "comments",
                                Links.comments(uri, status.requestKey()).toString()));
        return json.build();
    }

    private static JsonObjectBuilder commentJson(Comment comment) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", comment.id());
        if (comment.parentId() == null) {
            json.addNull("parentId");
        } else {
            json.add("parentId", comment.parentId());
        }
        return json.add("authorName", comment.authorName())
                .add("body", comment.body())
                .add("createdAt", comment.createdAt().toString());
    }

    private static void addOrNull(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value instanceof Instant instant ? instant.toString() : value.toString());
        }
    }

    /** The body of a new comment, read strictly enough to say which field is wrong. */
    record NewComment(String body, Long replyTo) {

        static NewComment read(String json) {
            JsonObject object;
            try (JsonReader reader = Json.createReader(new StringReader(json == null ? "" : json))) {
                object = reader.readObject();
            } catch (JsonException | IllegalStateException notAnObject) {
                throw new InvalidInput(
                        BODY, "Send a JSON object such as {\"body\": \"Here is the receipt you asked for.\"}");
            }
            JsonValue body = object.get(BODY);
            if (!(body instanceof JsonString text)) {
                throw new InvalidInput(BODY, "Give the comment's text as a string in \"body\"");
            }
            JsonValue replyTo = object.get(REPLY_TO);
            if (replyTo == null || replyTo == JsonValue.NULL) {
                return new NewComment(text.getString(), null);
            }
            if (!(replyTo instanceof JsonNumber number) || !number.isIntegral()) {
                throw new InvalidInput(
                        REPLY_TO, "Give the id of the comment you answer as a number, or leave replyTo out");
            }
            return new NewComment(text.getString(), number.longValueExact());
        }
    }
}
