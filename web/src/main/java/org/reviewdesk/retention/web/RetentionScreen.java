package org.reviewdesk.retention.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.reviewdesk.retention.LegalHold;
import org.reviewdesk.retention.LegalHolds;
import org.reviewdesk.retention.PlannedPurge;
import org.reviewdesk.retention.Retention;
import org.reviewdesk.retention.RetentionLog;
import org.reviewdesk.retention.RetentionPlan;
import org.reviewdesk.retention.RetentionRun;
import org.reviewdesk.web.Pages;

/** The administrator's retention screen: what the next run will do, "Run now", the holds in force and the runs so far. */
@Named
@ViewScoped
public class RetentionScreen implements Serializable {

    static final int RUNS_SHOWN = 30;

    @EJB
    Retention retention;

    @EJB
    RetentionLog log;

    @EJB
    LegalHolds holds;

    private RetentionPlan plan;
    private List<RetentionRun> runs = List.of();
    private List<LegalHold> held = List.of();

    @PostConstruct
    public void load() {
        plan = retention.preview();
        runs = log.latestRuns(RUNS_SHOWN);
        held = holds.all();
    }

    public void runNow() {
        RetentionRun run = retention.runNow();
        load();
        String summary = run.casesPurged() + " case(s) and " + run.draftsPurged() + " abandoned draft(s) purged, "
                + run.filesRemoved() + " file(s) removed, " + run.draftsWarned() + " draft owner(s) warned, "
                + run.held() + " kept on legal hold";
        if (run.failures() > 0) {
            Pages.message(
                    FacesMessage.SEVERITY_WARN,
                    "The run finished with " + run.failures() + " failure(s), each case left whole: " + summary
                            + ". See the run's problems below.");
        } else {
            Pages.info("The run finished: " + summary + ".");
        }
    }

    public RetentionPlan getPlan() {
        return plan;
    }

    public List<PlannedPurge.Action> getActions() {
        return Arrays.asList(PlannedPurge.Action.values());
    }

    public List<RetentionRun> getRuns() {
        return runs;
    }

    public List<LegalHold> getHeld() {
        return held;
    }

    public String day(LocalDate day) {
        return CaseRetention.day(day);
    }
}
