package org.reviewdesk.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.reviewdesk.security.SignInGuard;
import org.reviewdesk.security.SignInThrottle;
import org.reviewdesk.security.ThrottledSubject;
import org.reviewdesk.web.Pages;

/** The administrator's view of sign-in throttling: user names and addresses with failed sign-ins, and Clear. */
@Named
@ViewScoped
public class SignInThrottlingScreen implements Serializable {

    @EJB
    SignInGuard guard;

    private List<Row> rows = List.of();

    @PostConstruct
    public void load() {
        Instant now = Instant.now();
        rows = guard.throttled().stream().map(throttle -> Row.of(throttle, now)).toList();
    }

    public void clear(Row row) {
        ThrottledSubject subject = ThrottledSubject.of(row.kind(), row.subject());
        if (guard.clear(subject)) {
            Pages.info("Cleared: the next sign-in for " + row.kind().label().toLowerCase() + " " + row.subject()
                    + " is checked at once");
        } else {
            Pages.message(
                    FacesMessage.SEVERITY_WARN,
                    "Nothing to clear for " + row.subject() + ": its failures were cleared or forgotten already");
        }
        load();
    }

    public List<Row> getRows() {
        return rows;
    }

    /** One user name or address as the table shows it. */
    public record Row(ThrottledSubject.Kind kind, String subject, int failures, Instant lastFailure, long waitSeconds)
            implements Serializable {

        static Row of(SignInThrottle throttle, Instant now) {
            return new Row(
                    throttle.subject().kind(),
                    throttle.subject().subject(),
                    throttle.failures(),
                    throttle.lastFailureAt(),
                    throttle.waitSecondsAt(now));
        }

        /** "No wait", "12 s", "14 min 5 s". */
        public String waitText() {
            if (waitSeconds == 0) {
                return "No wait";
            }
            return waitSeconds < 60 ? waitSeconds + " s" : waitSeconds / 60 + " min " + waitSeconds % 60 + " s";
        }
    }
}
