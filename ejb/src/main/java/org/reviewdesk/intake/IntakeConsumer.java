package org.reviewdesk.intake;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;
import org.reviewdesk.infrastructure.messaging.Destinations;
import org.reviewdesk.operations.DeadLetterQueue;
import org.reviewdesk.operations.DeadLetters;

/**
 * Takes requests off the intake queue. A message is acknowledged only when its transaction
 * commits, together with the case it made. One that can never be processed (not JSON, an
 * unknown version, a broken rule) is moved to the dead-letter queue at once with the reason;
 * one that fails for another reason is rolled back and redelivered with back-off and, after
 * the attempts that {@code wildfly-config/20-messaging.cli} allows, moved there by the broker.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.INTAKE_QUEUE),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class IntakeConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(IntakeConsumer.class.getName());

    @EJB
    Intake intake;

    @EJB
    DeadLetters deadLetters;

    @Override
    public void onMessage(Message message) {
        try {
            IntakeMessage request = IntakeMessage.parse(bodyOf(message));
            String keyProperty = message.getStringProperty(IntakeQueue.REQUEST_KEY);
            if (keyProperty != null && !keyProperty.equals(request.requestKey())) {
                throw new RejectedIntake("requestKey: the message property says \"" + keyProperty
                        + "\" but the message says \"" + request.requestKey() + "\"; send the same key in both");
            }
            Intake.Outcome outcome = intake.accept(request);
            LOG.fine(() -> "Intake request " + request.requestKey() + ": " + outcome);
        } catch (RejectedIntake rejected) {
            deadLetters.bury(DeadLetterQueue.INTAKE, message, rejected.getMessage());
        } catch (JMSException e) {
            throw new IllegalStateException("Intake message could not be read", e);
        }
    }

    private static String bodyOf(Message message) throws JMSException {
        try {
            String body = message.getBody(String.class);
            if (body == null) {
                throw new RejectedIntake("The message is empty; send the request as JSON text (docs/intake.md)");
            }
            return body;
        } catch (MessageFormatException notText) {
            throw new RejectedIntake(
                    "The message is not a text message; send the request as JSON text (docs/intake.md)");
        }
    }
}
