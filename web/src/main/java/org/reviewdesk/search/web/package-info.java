/**
 * The search screen and the administrator's index screen (rebuild, consistency check).
 * Thin over {@code search}.
 */
package org.reviewdesk.search.web;
