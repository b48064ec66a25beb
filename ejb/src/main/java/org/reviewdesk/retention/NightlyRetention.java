package org.reviewdesk.retention;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import org.reviewdesk.configuration.EasternTime;

/**
 * The nightly purge run, on a persistent calendar timer: WildFly keeps it in its timer store (the database
 * store in a cluster, so it fires on one node), and a night missed while the server was down is run once at
 * the next start. 2:30 AM US Eastern, the day the retention rules count in.
 * <p>
 * A singleton, so two nights' runs caught up together never overlap; a run an administrator starts at the
 * same moment is harmless too, since each case is purged under a lock after its state is checked again.
 */
@Singleton
// Purging is an administrator's work; the timer has no caller of its own.
@RunAs("ADMIN")
public class NightlyRetention {

    @EJB
    Retention retention;

    @Inject
    Clock clock;

    @Schedule(
            hour = "2",
            minute = "30",
            timezone = EasternTime.ZONE_ID,
            persistent = true,
            info = "Nightly retention purge")
    void nightly() {
        retention.run(clock, RetentionRun.NIGHTLY);
    }
}
