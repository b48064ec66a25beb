package org.reviewdesk.api.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.reviewdesk.attachment.Attachments;
import org.reviewdesk.attachment.PendingFile;
import org.reviewdesk.validation.InvalidInput;

/**
 * {@code POST /api/v1/files}: a supporting document, uploaded before the request that names it
 * by its SHA-256. The body is the file itself, whatever its {@code Content-Type}; its type is
 * detected from the content.
 */
@Path("/v1/files")
@TokenRequired
@RequestScoped
public class FilesResource {

    static final String FILE_NAME = "fileName";

    @EJB
    Attachments attachments;

    @Inject
    ApiCaller caller;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(
            @HeaderParam(FILE_NAME) String nameInHeader,
            @QueryParam(FILE_NAME) String nameInQuery,
            InputStream content) {
        String fileName = nameInHeader != null && !nameInHeader.isBlank() ? nameInHeader : nameInQuery;
        if (fileName == null || fileName.isBlank()) {
            throw new InvalidInput(
                    FILE_NAME,
                    "Give the file's name in the fileName header or query parameter, such as fileName=receipt.pdf");
        }
        PendingFile file = attachments.upload(caller.client().username(), fileName, content);
        return Response.status(Response.Status.CREATED)
                .type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder()
                        .add("sha256", file.sha256())
                        .add("fileName", file.fileName())
                        .add("mediaType", file.mediaType())
                        .add("sizeBytes", file.sizeBytes())
                        .build()
                        .toString())
                .build();
    }
}
