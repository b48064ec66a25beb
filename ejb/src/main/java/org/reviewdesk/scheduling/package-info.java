/**
 * Deadlines as persistent EJB timers ({@code Deadlines}), retried and announced as
 * {@code DeadlineReached} to whoever scheduled them.
 */
package org.reviewdesk.scheduling;
