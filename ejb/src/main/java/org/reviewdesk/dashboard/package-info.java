/**
 * The supervisor's dashboard figures ({@code Dashboard}): GROUP BY and COUNT queries only, each number with
 * the queue or search that lists its cases. Above {@code review} and {@code search}.
 */
package org.reviewdesk.dashboard;
