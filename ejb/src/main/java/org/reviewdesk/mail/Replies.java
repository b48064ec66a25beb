package org.reviewdesk.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import org.reviewdesk.infrastructure.messaging.Destinations;

import java.util.Map;

/** Puts replies read from the mailbox on the replies queue, each in a transaction of its own. */
@Stateless
public class Replies {

    static final String MESSAGE_ID = "messageId";
    static final String FROM = "from";
    static final String SUBJECT = "subject";
    static final String TEXT = "text";

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.REPLIES_QUEUE)
    Queue queue;

    public void hand(InboundReply reply) {
        jms.createProducer().send(queue, Map.<String, Object>of(MESSAGE_ID, reply.messageId(), FROM, reply.from(),
                SUBJECT, reply.subject(), TEXT, reply.text()));
    }
}
