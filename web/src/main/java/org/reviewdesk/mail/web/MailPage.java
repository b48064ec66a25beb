package org.reviewdesk.mail.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.reviewdesk.mail.LoggedMail;
import org.reviewdesk.mail.MailLog;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.web.FormErrors;
import org.reviewdesk.web.Pages;

/** One e-mail of the mail log as the administrator reads it, with "Resend" for a dead or unsent one. */
@Named
@ViewScoped
public class MailPage implements Serializable {

    @EJB
    MailLog log;

    private final FormErrors errors = new FormErrors();
    private Long id;
    private LoggedMail mail;

    /** Opens the mail of the {@code id} parameter; an unknown one is "not found", like any missing page. */
    public void open() {
        if (!load()) {
            Pages.notFound();
        }
    }

    public void resend() {
        errors.clear();
        try {
            log.resend(id);
            Pages.info(
                    "The mail is queued again for " + mail.recipientList() + "; its state below follows its delivery");
        } catch (InvalidInput refused) {
            errors.show(refused);
        }
        load();
    }

    private boolean load() {
        mail = id == null ? null : log.mail(id).orElse(null);
        return mail != null;
    }

    public LoggedMail getMail() {
        return mail;
    }

    public FormErrors getErrors() {
        return errors;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
