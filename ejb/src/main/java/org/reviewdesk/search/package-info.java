/**
 * The Lucene index of cases, its queue and consumer, the query language, facets, passages, similar cases,
 * saved searches, CSV export, rebuild and consistency check (docs/search.md).
 */
package org.reviewdesk.search;
