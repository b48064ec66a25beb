package org.reviewdesk.api.web;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.reviewdesk.api.FilingNotFound;
import org.reviewdesk.api.RequestKeyTaken;
import org.reviewdesk.intake.RejectedIntake;
import org.reviewdesk.request.RequestNotFound;
import org.reviewdesk.validation.FieldError;
import org.reviewdesk.validation.InvalidInput;

/**
 * Every exception that leaves a resource becomes a problem answer (see {@link Problem}): the
 * domain's refusals with what to fix, not-found exactly like an unknown key, and anything
 * unexpected as a 500 that shows nothing of the server's inside (the log has it).
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable cause = thrown instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : thrown;
        return switch (cause) {
            case RejectedIntake rejected ->
                Problem.unprocessable(
                        "The request does not follow the intake message (docs/intake.md); fix each problem listed and send it again",
                        rejected.reasons());
            case InvalidInput invalid ->
                Problem.unprocessable(
                        "Fix each problem listed and send it again",
                        invalid.errors().stream().map(FieldError::toString).toList());
            case RequestKeyTaken taken ->
                Problem.of(Response.Status.CONFLICT, "Request key in use", taken.getMessage());
            case FilingNotFound unknown -> notFound();
            case RequestNotFound unknown -> notFound();
            // The framework's own refusals: no such path, method not allowed, a content type not read here...
            case WebApplicationException web -> refusedByFramework(web.getResponse());
            default -> {
                LOG.log(Level.SEVERE, "API call failed", thrown);
                yield Problem.of(
                        Response.Status.INTERNAL_SERVER_ERROR,
                        "Server error",
                        "Review Desk could not complete the call; try again later, and tell the Review Desk team if it keeps failing");
            }
        };
    }

    /**
     * The framework's refusals in words a client's developer acts on. Its own messages are not
     * passed on: they carry internal message codes ("RESTEASY003065") and class names.
     */
    static Response refusedByFramework(Response refused) {
        int status = refused.getStatus();
        String detail = switch (status) {
            case 400 -> "The request could not be read; send the body and parameters as docs/api.md describes";
            case 404 -> "There is no such address in the API; the addresses are listed in /api/openapi.yaml";
            case 405 -> "This address does not take that method; /api/openapi.yaml lists the methods of each address";
            case 406 -> "This address answers only in JSON; accept application/json (or */*)";
            case 415 -> "Send the body as application/json; see /api/openapi.yaml";
            default -> "The call was refused; see docs/api.md for how to make it";
        };
        Response.StatusType type = Response.Status.fromStatusCode(status);
        Response problem = Problem.of(status, type == null ? "Refused" : type.getReasonPhrase(), detail);
        String allowed = refused.getHeaderString("Allow");
        return allowed == null
                ? problem
                : Response.fromResponse(problem).header("Allow", allowed).build();
    }

    /** The same answer for an unknown key and for another client's. */
    static Response notFound() {
        return Problem.of(Response.Status.NOT_FOUND, "Not found", "You have sent no request with this key");
    }
}
