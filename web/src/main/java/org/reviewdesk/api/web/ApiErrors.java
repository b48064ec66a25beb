package org.reviewdesk.api.web;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.reviewdesk.api.FilingNotFound;
import org.reviewdesk.api.RequestKeyTaken;
import org.reviewdesk.intake.RejectedIntake;
import org.reviewdesk.request.RequestNotFound;
import org.reviewdesk.validation.FieldError;
import org.reviewdesk.validation.InvalidInput;

import java.util.logging.Level;
import java.util.logging.Logger;

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
            case RejectedIntake rejected -> Problem.unprocessable(
                    "The request does not follow the intake message (docs/intake.md); fix each problem listed and send it again",
                    rejected.reasons());
            case InvalidInput invalid -> Problem.unprocessable("Fix each problem listed and send it again",
                    invalid.errors().stream().map(FieldError::toString).toList());
            case RequestKeyTaken taken -> Problem.of(Response.Status.CONFLICT, "Request key in use", taken.getMessage());
            case FilingNotFound unknown -> notFound();
            case RequestNotFound unknown -> notFound();
            // The framework's own refusals: no such path, method not allowed, a content type not read here...
            case WebApplicationException web -> Problem.of(web.getResponse().getStatus(),
                    web.getResponse().getStatusInfo().getReasonPhrase(), web.getMessage());
            default -> {
                LOG.log(Level.SEVERE, "API call failed", thrown);
                yield Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "Server error",
                        "Review Desk could not complete the call; try again later, and tell the Review Desk team if it keeps failing");
            }
        };
    }

    /** The same answer for an unknown key and for another client's. */
    static Response notFound() {
        return Problem.of(Response.Status.NOT_FOUND, "Not found", "You have sent no request with this key");
    }
}
