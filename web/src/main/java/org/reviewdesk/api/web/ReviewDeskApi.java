package org.reviewdesk.api.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API for intermediaries under {@code /api} (docs/api.md). Its resources and
 * providers are found by scanning this WAR. The servlet container's FORM login does not guard
 * {@code /api/*} (web.xml); {@link BearerTokenFilter} authenticates each call by its token.
 */
@ApplicationPath("/api")
public class ReviewDeskApi extends Application {}
