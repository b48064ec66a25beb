/**
 * The REST API's organisations ({@code ApiClient}), their hashed tokens and expiry warnings, the request keys
 * each one sent, and filing through intake; the HTTP resources themselves are in {@code api.web}.
 */
package org.reviewdesk.api;
