package org.reviewdesk.operations;

import org.reviewdesk.infrastructure.messaging.Destinations;

/**
 * Each queue of Review Desk with the dead-letter queue that holds what it could not process, and
 * the deadlines (persistent timers), whose failed ones wait in the database instead of a JMS queue.
 */
public enum DeadLetterQueue {
    INTAKE("Intake", Destinations.INTAKE_QUEUE, Destinations.INTAKE_DEAD_LETTERS),
    MAIL("Mail", Destinations.MAIL_QUEUE, Destinations.MAIL_DEAD_LETTERS),
    INDEX("Search index", Destinations.INDEX_QUEUE, Destinations.INDEX_DEAD_LETTERS),
    REPLIES("E-mail replies", Destinations.REPLIES_QUEUE, Destinations.REPLIES_DEAD_LETTERS),
    /** Deadlines whose handler failed on every attempt ({@link org.reviewdesk.scheduling.Deadlines#failed}); no JMS queue. */
    DEADLINES("Deadlines", null, null);

    private final String label;
    private final String queue;
    private final String deadLetters;

    DeadLetterQueue(String label, String queue, String deadLetters) {
        this.label = label;
        this.queue = queue;
        this.deadLetters = deadLetters;
    }

    public String label() {
        return label;
    }

    /** Whether its dead letters are JMS messages (every queue but the deadlines). */
    public boolean isJms() {
        return queue != null;
    }

    /** JNDI name of the queue the messages came from, and go back to on retry. */
    public String queue() {
        return queue;
    }

    /** JNDI name of its dead-letter queue. */
    public String deadLetters() {
        return deadLetters;
    }
}
