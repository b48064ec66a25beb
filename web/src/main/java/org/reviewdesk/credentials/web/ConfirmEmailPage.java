package org.reviewdesk.credentials.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.reviewdesk.credentials.OwnAccount;
import org.reviewdesk.security.LinkRefused;
import org.reviewdesk.validation.InvalidInput;

/**
 * The page a link confirming a new e-mail address opens. Opening it confirms: the link is the proof, and the
 * address is one the person asked for while signed in.
 */
@Named
@RequestScoped
public class ConfirmEmailPage {

    @EJB
    OwnAccount ownAccount;

    private String link;
    private String confirmed;
    private String refusal;

    public void open() {
        try {
            confirmed = ownAccount.confirmEmail(link).email();
        } catch (LinkRefused | InvalidInput refused) {
            refusal = refused.getMessage();
        }
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getConfirmed() {
        return confirmed;
    }

    public String getRefusal() {
        return refusal;
    }
}
