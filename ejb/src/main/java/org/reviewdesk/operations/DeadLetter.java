package org.reviewdesk.operations;

import java.time.Instant;

/**
 * A message in a dead-letter queue, as an administrator sees it: why it is there, when it
 * died, and enough of its content to recognise it.
 *
 * @param messageId   its JMS message ID in the dead-letter queue, to retry or discard it
 * @param requestKey  the intake request key, when it has one
 * @param reason      why it could not be processed
 * @param deadAt      when it was moved to the dead-letter queue, if known
 * @param excerpt     the start of its content
 */
public record DeadLetter(
        DeadLetterQueue queue, String messageId, String requestKey, String reason, Instant deadAt, String excerpt) {}
