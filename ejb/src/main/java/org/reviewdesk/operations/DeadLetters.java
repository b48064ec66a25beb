package org.reviewdesk.operations;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.reviewdesk.scheduling.Deadlines;
import org.reviewdesk.scheduling.ScheduledDeadline;

/**
 * Messages no consumer could process. A consumer that knows why a message can never be
 * processed buries it here at once with the reason; one that keeps failing for other reasons
 * is moved here by the broker after its last attempt. An administrator lists them, and
 * retries or discards each one. Deadlines that failed on every attempt are listed, retried and
 * discarded here too ({@link DeadLetterQueue#DEADLINES}).
 * <p>
 * Only administrators see and handle dead letters; burying one is for every consumer.
 */
@Stateless
@RolesAllowed("ADMIN")
public class DeadLetters {

    /** Why the message is dead, in words an administrator can act on. */
    public static final String REASON = "reviewdeskReason";

    static final String DEAD_AT = "reviewdeskDeadAt";
    static final String REQUEST_KEY = "requestKey";
    private static final int EXCERPT = 300;
    private static final String DEADLINE_ID = "deadline:";
    private static final Logger LOG = Logger.getLogger(DeadLetters.class.getName());

    @Inject
    JMSContext jms;

    @EJB
    Deadlines deadlines;

    /** Moves a message that can never be processed to the dead-letter queue, in the caller's transaction. */
    @PermitAll
    public void bury(DeadLetterQueue queue, Message message, String reason) {
        try {
            JMSProducer producer = jms.createProducer();
            copyProperties(message, producer);
            producer.setProperty(REASON, reason);
            producer.setProperty(DEAD_AT, Instant.now().toString());
            send(producer, lookup(queue.deadLetters()), message);
            LOG.warning(() -> queue.label() + " message " + messageIdOf(message)
                    + " was moved to the dead-letter queue: " + reason);
        } catch (JMSException e) {
            throw new JMSRuntimeException(
                    "Could not move the message to " + queue.deadLetters() + ": " + e.getMessage());
        }
    }

    public List<DeadLetter> list(DeadLetterQueue queue) {
        if (!queue.isJms()) {
            return deadlines.failed().stream().map(DeadLetters::letterOf).toList();
        }
        return browse(queue, null);
    }

    /**
     * The dead letters that carry this request key, oldest first: how an API client learns why its own
     * filing was refused ({@code ApiIntake}, which asks only about the caller's keys), so open to every caller.
     */
    @PermitAll
    public List<DeadLetter> withRequestKey(DeadLetterQueue queue, String requestKey) {
        // A selector, so the broker filters; quotes doubled as JMS selectors escape them, whatever the key holds.
        return browse(queue, REQUEST_KEY + " = '" + requestKey.replace("'", "''") + "'");
    }

    private List<DeadLetter> browse(DeadLetterQueue queue, String selector) {
        List<DeadLetter> letters = new ArrayList<>();
        try (QueueBrowser browser = jms.createBrowser(lookup(queue.deadLetters()), selector)) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements()) {
                letters.add(read(queue, (Message) messages.nextElement()));
            }
        } catch (JMSException e) {
            throw new JMSRuntimeException("Could not browse " + queue.deadLetters() + ": " + e.getMessage());
        }
        return letters;
    }

    /** Puts the message back on its queue, without its reason, for another round of attempts. */
    public boolean retry(DeadLetterQueue queue, String messageId) {
        if (!queue.isJms()) {
            return deadlineIdOf(messageId).map(deadlines::retry).orElse(false);
        }
        return take(queue, messageId)
                .map(message -> {
                    try {
                        JMSProducer producer = jms.createProducer();
                        copyProperties(message, producer);
                        send(producer, lookup(queue.queue()), message);
                        return true;
                    } catch (JMSException e) {
                        throw new JMSRuntimeException(
                                "Could not put the message back on " + queue.queue() + ": " + e.getMessage());
                    }
                })
                .orElse(false);
    }

    /** Removes the message for good. */
    public boolean discard(DeadLetterQueue queue, String messageId) {
        if (!queue.isJms()) {
            return deadlineIdOf(messageId).map(deadlines::discard).orElse(false);
        }
        return take(queue, messageId).isPresent();
    }

    private Optional<Message> take(DeadLetterQueue queue, String messageId) {
        if (messageId == null || !messageId.matches("ID:[A-Za-z0-9:-]+")) {
            return Optional.empty();
        }
        try (JMSConsumer consumer =
                jms.createConsumer(lookup(queue.deadLetters()), "JMSMessageID = '" + messageId + "'")) {
            return Optional.ofNullable(consumer.receive(1000));
        }
    }

    private static DeadLetter letterOf(ScheduledDeadline failed) {
        return new DeadLetter(
                DeadLetterQueue.DEADLINES,
                DEADLINE_ID + failed.id(),
                null,
                failed.lastFailure() + " (failed " + failed.attempts() + " time" + (failed.attempts() == 1 ? "" : "s")
                        + ")",
                failed.failedAt(),
                failed.deadline().kind() + " of " + failed.deadline().subject() + ", due "
                        + failed.deadline().dueAt());
    }

    private static Optional<Long> deadlineIdOf(String messageId) {
        if (messageId == null || !messageId.matches(DEADLINE_ID + "[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(messageId.substring(DEADLINE_ID.length())));
    }

    private static DeadLetter read(DeadLetterQueue queue, Message message) throws JMSException {
        String reason = message.getStringProperty(REASON);
        if (reason == null) {
            reason = "It failed on each of its delivery attempts (" + message.getIntProperty("JMSXDeliveryCount")
                    + " recorded); the server log has the error of each attempt";
        }
        String deadAt = message.getStringProperty(DEAD_AT);
        return new DeadLetter(
                queue,
                message.getJMSMessageID(),
                message.getStringProperty(REQUEST_KEY),
                reason,
                deadAt != null ? Instant.parse(deadAt) : null,
                excerpt(message));
    }

    private static String excerpt(Message message) throws JMSException {
        String content;
        if (message instanceof TextMessage text) {
            content = text.getText();
        } else if (message instanceof MapMessage map) {
            content = "subject: " + map.getString("subject")
                    + (map.getString("recipients") != null ? ", to: " + map.getString("recipients") : "")
                    + (map.getString("from") != null ? ", from: " + map.getString("from") : "");
        } else {
            content = message.getClass().getSimpleName();
        }
        if (content == null) {
            return "";
        }
        return content.length() > EXCERPT ? content.substring(0, EXCERPT) + "…" : content;
    }

    /** Copies the application's own properties; the broker's (JMS*, _AMQ*) and the reason stay behind. */
    private static void copyProperties(Message message, JMSProducer producer) throws JMSException {
        for (String name : Collections.list((Enumeration<String>) message.getPropertyNames())) {
            if (!name.startsWith("JMS") && !name.startsWith("_") && !name.equals(REASON) && !name.equals(DEAD_AT)) {
                producer.setProperty(name, message.getObjectProperty(name));
            }
        }
    }

    private static void send(JMSProducer producer, Queue destination, Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            producer.send(destination, text.getText());
        } else if (message instanceof MapMessage map) {
            Map<String, Object> fields = new HashMap<>();
            for (String name : Collections.list((Enumeration<String>) map.getMapNames())) {
                fields.put(name, map.getObject(name));
            }
            producer.send(destination, fields);
        } else {
            producer.send(destination, message.getBody(Serializable.class));
        }
    }

    private static String messageIdOf(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return "(unknown)";
        }
    }

    private static Queue lookup(String jndiName) {
        try {
            return (Queue) new InitialContext().lookup(jndiName);
        } catch (NamingException e) {
            throw new IllegalStateException(
                    "Queue " + jndiName + " is not configured; see wildfly-config/20-messaging.cli", e);
        }
    }
}
