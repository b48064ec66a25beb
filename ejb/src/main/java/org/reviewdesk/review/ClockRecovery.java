package org.reviewdesk.review;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/**
 * At every start, makes sure each open documentation request has its deadlines: the database
 * says which requests are open, the timer store only when they fall due, and a request must
 * never wait forever because its timer went missing.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ClockRecovery {

    private static final Logger LOG = Logger.getLogger(ClockRecovery.class.getName());

    @EJB
    DocumentationRequests documentationRequests;

    @PostConstruct
    void checkDeadlines() {
        int rescheduled = documentationRequests.rescheduleMissing();
        if (rescheduled > 0) {
            LOG.warning(() -> rescheduled
                    + " open documentation request(s) had no pending deadline; their deadlines were scheduled again");
        }
    }
}
