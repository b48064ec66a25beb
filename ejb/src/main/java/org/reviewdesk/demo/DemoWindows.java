package org.reviewdesk.demo;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import org.reviewdesk.request.SubmissionWindow;
import org.reviewdesk.request.SubmissionWindows;

/**
 * The demo's submission windows, made through the service a supervisor's screen calls (windows are a
 * supervisor's, so this bean calls it as one), so they carry their history as if a supervisor had set them.
 */
@Stateless
@RunAs("SUPERVISOR")
public class DemoWindows {

    private static final String REASON = "Demo data, created on the first start";

    @EJB
    SubmissionWindows windows;

    /** PY2019, PY2020 (extended to 29 November 2021, as it was) and the window of {@code year}, open since {@code openedOn}. */
    public void create(int year, LocalDate openedOn) {
        windows.create(2019, LocalDate.of(2020, 8, 5), null, REASON);
        SubmissionWindow py2020 = windows.create(2020, LocalDate.of(2021, 8, 2), null, REASON);
        windows.extend(2020, py2020.version(), LocalDate.of(2021, 11, 29), "CMS extended the PY2020 deadline");
        windows.create(year, openedOn, null, REASON);
    }
}
