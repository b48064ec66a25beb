package org.reviewdesk.search;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import org.reviewdesk.infrastructure.messaging.Destinations;

import java.util.Map;

/**
 * Asks for an index update in the caller's transaction: the message is sent only if that
 * transaction commits, so the index never sees a change the database rolled back.
 */
@Stateless
public class IndexQueue {

    static final String KEY = "key";
    static final String TITLE = "title";
    static final String TEXT = "text";

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.INDEX_QUEUE)
    Queue queue;

    public void requestUpdate(IndexedDocument document) {
        jms.createProducer().send(queue, Map.<String, Object>of(
                KEY, document.key(), TITLE, document.title(), TEXT, document.text()));
    }
}
