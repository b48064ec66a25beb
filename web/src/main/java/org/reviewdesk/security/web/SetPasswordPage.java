package org.reviewdesk.security.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.reviewdesk.security.LinkPurpose;
import org.reviewdesk.security.LinkRefused;
import org.reviewdesk.security.OneTimeLinks;
import org.reviewdesk.security.Passwords;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.web.FormErrors;

/**
 * The public page a one-time link opens ({@code account/set-password.xhtml?link=…}): an invitation, a
 * password reset or the first administrator's link. It shows whose account it is and takes the new
 * password twice; a link that does not work gets its reason and what to do, and nothing changes.
 */
@Named
@ViewScoped
public class SetPasswordPage implements Serializable {

    @EJB
    OneTimeLinks links;

    @EJB
    Passwords passwords;

    private final FormErrors errors = new FormErrors();

    private String link;
    private String refusal;
    private String displayName;
    private String username;
    private Instant validUntil;
    private LinkPurpose purpose;
    private boolean done;

    private transient String password;
    private transient String repeated;

    /** Reads the link when the page opens, without using it. */
    public void open() {
        try {
            OneTimeLinks.Redeemed valid = links.inspect(link, LinkPurpose.SETS_PASSWORD);
            UserAccount account = valid.account();
            displayName = account.displayName();
            username = account.username();
            purpose = valid.purpose();
            validUntil = valid.expiresAt();
        } catch (LinkRefused refused) {
            refusal = refused.getMessage();
        }
    }

    public void choose() {
        errors.clear();
        try {
            passwords.chooseWithLink(link, password, repeated);
            done = true;
        } catch (InvalidInput refused) {
            errors.show(refused);
        } catch (LinkRefused refused) {
            refusal = refused.getMessage();
        } finally {
            password = null;
            repeated = null;
        }
    }

    public String getHeading() {
        if (purpose == LinkPurpose.PASSWORD_RESET) {
            return "Choose a new password";
        }
        return "Choose your password";
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getUsername() {
        return username;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public boolean isDone() {
        return done;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }

    public FormErrors getErrors() {
        return errors;
    }

    public int getMinimumLength() {
        return org.reviewdesk.security.PasswordPolicy.MINIMUM_LENGTH;
    }
}
