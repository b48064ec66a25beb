package org.reviewdesk.mail.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.reviewdesk.mail.LoggedMail;
import org.reviewdesk.mail.MailLog;
import org.reviewdesk.mail.MailState;
import org.reviewdesk.portal.RequestDisplay;

/** The administrator's mail log: every e-mail, searchable by recipient or subject and filtered by state. */
@Named
@ViewScoped
public class MailLogList implements Serializable {

    @EJB
    MailLog log;

    @Inject
    RequestDisplay display;

    private String search;
    private MailState state;
    private MailLogModel model;

    @PostConstruct
    void start() {
        model = new MailLogModel(log, () -> search, () -> state);
    }

    /** Where the mail stands, in a line: "Retrying: attempt 2 failed, next attempt …", "Dead: …", "Sent …". */
    public String progress(LoggedMail mail) {
        return switch (mail.state()) {
            case QUEUED -> "Waiting for its first attempt";
            case SENT ->
                "Sent " + display.moment(mail.sentAt()) + (mail.attempts() > 1 ? " on attempt " + mail.attempts() : "");
            case RETRYING ->
                "Attempt " + mail.attempts() + " failed; next attempt about " + display.moment(mail.nextAttemptAt())
                        + ". " + mail.lastError();
            case DEAD, NOT_SENT -> mail.lastError();
        };
    }

    public MailLogModel getModel() {
        return model;
    }

    public MailState[] getStates() {
        return MailState.values();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public MailState getState() {
        return state;
    }

    public void setState(MailState state) {
        this.state = state;
    }
}
