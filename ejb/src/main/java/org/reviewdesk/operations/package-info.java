/**
 * Messages no consumer could process ({@code DeadLetters}): the dead-letter queues of intake, mail, replies and the
 * index, and deadlines that failed on every attempt, each with its reason, for an administrator to retry or discard.
 */
package org.reviewdesk.operations;
