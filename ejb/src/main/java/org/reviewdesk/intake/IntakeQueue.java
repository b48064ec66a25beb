package org.reviewdesk.intake;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import org.reviewdesk.infrastructure.messaging.Destinations;

/** Puts requests on the intake queue, in the caller's transaction: nothing is sent if it rolls back. */
@Stateless
public class IntakeQueue {

    static final String REQUEST_KEY = "requestKey";

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.INTAKE_QUEUE)
    Queue queue;

    public void submit(String requestKey, String document) {
        jms.createProducer().setProperty(REQUEST_KEY, requestKey).send(queue, document);
    }
}
