package org.reviewdesk.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.reviewdesk.configuration.EasternTime;
import org.reviewdesk.configuration.Settings;
import org.reviewdesk.reference.ImportReport;
import org.reviewdesk.reference.ReferenceImport;
import org.reviewdesk.reference.ReferenceKind;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.SubmissionWindow;
import org.reviewdesk.request.SubmissionWindows;
import org.reviewdesk.review.ReviewerProfile;

/**
 * Demo submission windows and participation reference data, created on the first start of
 * an empty database in demo mode only ({@link Settings#demoMode()}). The reference data goes through the same CSV
 * import an administrator uses, from {@code reference/demo/*.csv}.
 */
@Singleton
@Startup
// Importing reference data is an administrator's; the first start loads the demo files.
@RunAs("ADMIN")
@DependsOn({"SchemaMigration", "DemoAccounts"})
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** Days the demo year's window has been open on the first start; it stays open 60 - this. */
    static final int DEMO_WINDOW_OPEN_FOR_DAYS = 30;

    static final String DEMO_REVIEWER = "reviewer";

    @PersistenceContext
    EntityManager em;

    @EJB
    SubmissionWindows windows;

    @EJB
    DemoWindows demoWindows;

    @EJB
    ReferenceImport referenceImport;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /**
     * The performance year whose demo window is open on this day: the year before the window's release day, which is
     * {@link #DEMO_WINDOW_OPEN_FOR_DAYS} back. Not simply last year: in the first days of January the release day is
     * still in December, and a window never opens within its own performance year.
     */
    public static int openYearOn(LocalDate today) {
        return today.minusDays(DEMO_WINDOW_OPEN_FOR_DAYS).getYear() - 1;
    }

    @PostConstruct
    void createOnFirstStart() {
        if (!settings.demoMode() || !windows.all().isEmpty()) {
            return;
        }
        LocalDate today = EasternTime.today(clock);
        int openYear = openYearOn(today);
        demoWindows.create(openYear, today.minusDays(DEMO_WINDOW_OPEN_FOR_DAYS));

        for (ReferenceKind kind : List.of(
                ReferenceKind.CLINICIANS,
                ReferenceKind.PRACTICES,
                ReferenceKind.CLINICIAN_PRACTICES,
                ReferenceKind.VIRTUAL_GROUPS,
                ReferenceKind.APM_ENTITIES)) {
            String file = "/reference/demo/" + kind.name().toLowerCase(Locale.ROOT) + ".csv";
            try (InputStream csv = DemoData.class.getResourceAsStream(file)) {
                ImportReport report = referenceImport.importCsv(kind, file, csv);
                if (!report.problems().isEmpty()) {
                    throw new IllegalStateException("Demo file " + file + " has bad rows: " + report.problems());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // The demo reviewer handles every issue type, so new cases are assigned automatically from the start.
        ReviewerProfile reviewer = new ReviewerProfile(DEMO_REVIEWER);
        reviewer.handle(EnumSet.allOf(IssueType.class), true);
        em.persist(reviewer);
        LOG.info(() -> "Created demo submission windows (performance year " + openYear
                + " open until "
                + SubmissionWindow.describe(windows.of(openYear).orElseThrow().closes())
                + ") and demo reference data");
    }
}
