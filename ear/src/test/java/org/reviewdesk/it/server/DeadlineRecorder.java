package org.reviewdesk.it.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.reviewdesk.scheduling.DeadlineReached;

/** Test observer, deployed in the EJB module: remembers every deadline that fired. */
@ApplicationScoped
public class DeadlineRecorder {

    private final List<DeadlineReached> reached = new CopyOnWriteArrayList<>();

    public void record(@Observes DeadlineReached event) {
        reached.add(event);
    }

    public List<DeadlineReached> reachedFor(String subject) {
        return reached.stream()
                .filter(event -> event.deadline().subject().equals(subject))
                .toList();
    }
}
