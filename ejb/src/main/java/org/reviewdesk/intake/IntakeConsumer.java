package org.reviewdesk.intake;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.reviewdesk.infrastructure.messaging.Destinations;

import java.util.logging.Logger;

/**
 * Takes requests off the intake queue. A message is acknowledged only when its transaction
 * commits; one that fails is redelivered with back-off and, after the attempts that
 * {@code wildfly-config/20-messaging.cli} allows, moved to the intake dead-letter queue.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.INTAKE_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class IntakeConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(IntakeConsumer.class.getName());

    @EJB
    IntakeReceipts receipts;

    @Override
    public void onMessage(Message message) {
        String requestKey = requestKeyOf(message);
        if (!receipts.recordFirstArrival(requestKey)) {
            LOG.info(() -> "Intake request " + requestKey + " arrived again; it was processed before, so it is ignored");
        }
    }

    private static String requestKeyOf(Message message) {
        try {
            String key = message.getStringProperty(IntakeQueue.REQUEST_KEY);
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("Intake message " + message.getJMSMessageID() + " has no request key");
            }
            return key;
        } catch (JMSException e) {
            throw new IllegalStateException("Intake message could not be read", e);
        }
    }
}
