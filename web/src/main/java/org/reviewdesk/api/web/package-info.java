/**
 * The REST API under {@code /api}: JAX-RS resources, the bearer-token filter, problem answers, the OpenAPI
 * document, and the administrator's screen for API clients.
 */
package org.reviewdesk.api.web;
