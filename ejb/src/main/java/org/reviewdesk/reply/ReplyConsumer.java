package org.reviewdesk.reply;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.Optional;
import java.util.logging.Logger;
import org.reviewdesk.infrastructure.messaging.Destinations;
import org.reviewdesk.mail.InboundReply;
import org.reviewdesk.mail.Replies;
import org.reviewdesk.operations.DeadLetterQueue;
import org.reviewdesk.operations.DeadLetters;

/**
 * Files each e-mail reply as a comment on the request its reply address's token is bound to
 * ({@link ReplyFiling}). A reply without a known token, or whose token's address may no longer
 * see the request, is refused: logged, and moved to the replies dead-letter queue with the reason.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.REPLIES_QUEUE),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class ReplyConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ReplyConsumer.class.getName());

    @EJB
    ReplyFiling filing;

    @EJB
    DeadLetters deadLetters;

    @Override
    public void onMessage(Message message) {
        Optional<InboundReply> reply = read(message);
        Optional<String> refusal = reply.isEmpty()
                ? Optional.of(
                        "Not a reply read from the mailbox (a map message with messageId, from, addressedTo, subject and text)")
                : filing.file(reply.get());
        refusal.ifPresent(reason -> {
            LOG.warning(() -> "E-mail reply refused: " + reason);
            deadLetters.bury(DeadLetterQueue.REPLIES, message, reason);
        });
    }

    private static Optional<InboundReply> read(Message message) {
        try {
            return message instanceof MapMessage fields ? Replies.read(fields) : Optional.empty();
        } catch (JMSException e) {
            return Optional.empty();
        }
    }
}
