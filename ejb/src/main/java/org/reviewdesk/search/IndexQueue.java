package org.reviewdesk.search;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.reviewdesk.infrastructure.messaging.Destinations;
import org.reviewdesk.request.CaseActivity;

/**
 * Asks for a case to be indexed again whenever something is done to it. The message is sent in
 * the transaction that does it, on the transactional connection factory: it is delivered only if
 * that transaction commits (so a rolled-back change never reaches the index) and it is delivered
 * whenever it commits, a crash between commit and delivery included, because the broker takes
 * part in the commit. The message names the case only; the consumer reads what to index from the
 * database, so messages for one case can come in any order or twice.
 */
@Stateless
public class IndexQueue {

    static final String REQUEST_ID = "requestId";

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.INDEX_QUEUE)
    Queue queue;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** Every audited action on a case changes what search should find. */
    public void caseChanged(@Observes CaseActivity activity) {
        requestUpdate(activity.requestId());
    }

    /** Asks for the case to be indexed again, once per transaction however often it is asked. */
    public void requestUpdate(long requestId) {
        String key = "reviewdesk.index." + requestId;
        if (transaction.getTransactionKey() != null) {
            if (transaction.getResource(key) != null) {
                return;
            }
            transaction.putResource(key, Boolean.TRUE);
        }
        jms.createProducer().send(queue, jms.createTextMessage(Long.toString(requestId)));
    }
}
