package org.reviewdesk.search;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.reviewdesk.infrastructure.messaging.Destinations;
import org.reviewdesk.operations.DeadLetterQueue;
import org.reviewdesk.operations.DeadLetters;

/**
 * Applies index updates from the index queue. It runs outside a transaction: reading a file's text
 * may take a while and each step keeps what it did in its own short transaction. A message whose
 * update fails is redelivered with back-off and, after the last attempt, dead-lettered; an index
 * update is idempotent, so a redelivery only does the work again.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.INDEX_QUEUE),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")
        })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexConsumer implements MessageListener {

    @EJB
    CaseIndexing indexing;

    @EJB
    DeadLetters deadLetters;

    @Override
    public void onMessage(Message message) {
        long requestId;
        try {
            requestId = Long.parseLong(message.getBody(String.class).strip());
        } catch (JMSException | NumberFormatException | NullPointerException e) {
            deadLetters.bury(
                    DeadLetterQueue.INDEX,
                    message,
                    "Not an index update: the message must be a text message" + " holding a case ID, such as 42");
            return;
        }
        indexing.reindex(requestId);
    }
}
