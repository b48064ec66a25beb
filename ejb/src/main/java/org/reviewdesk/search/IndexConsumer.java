package org.reviewdesk.search;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.reviewdesk.infrastructure.messaging.Destinations;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Applies index updates from the index queue to the Lucene index. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.INDEX_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class IndexConsumer implements MessageListener {

    @EJB
    SearchIndex index;

    @Override
    public void onMessage(Message message) {
        try {
            MapMessage fields = (MapMessage) message;
            index.update(new IndexedDocument(fields.getString(IndexQueue.KEY),
                    fields.getString(IndexQueue.TITLE), fields.getString(IndexQueue.TEXT)));
        } catch (JMSException | ClassCastException e) {
            throw new IllegalArgumentException("Not an index update: " + message, e);
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be updated; the update will be retried", e);
        }
    }
}
