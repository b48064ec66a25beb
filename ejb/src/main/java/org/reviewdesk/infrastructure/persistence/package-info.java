/**
 * Persistence plumbing: the Flyway schema migration at start, JPA converters and
 * {@code LikePattern} for search boxes.
 */
package org.reviewdesk.infrastructure.persistence;
