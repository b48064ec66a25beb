package org.reviewdesk.credentials.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import org.reviewdesk.credentials.OwnAccount;
import org.reviewdesk.security.PasswordPolicy;
import org.reviewdesk.security.UserAccount;
import org.reviewdesk.security.web.OpenSessions;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.web.FormErrors;
import org.reviewdesk.web.Pages;

/** "My account": the signed-in user's password, name and e-mail address. */
@Named
@ViewScoped
public class OwnAccountPage implements Serializable {

    @EJB
    OwnAccount ownAccount;

    @Inject
    HttpSession session;

    private final FormErrors errors = new FormErrors();

    private String username;
    private String email;
    private String name;
    private String newEmail;
    private transient String currentPassword;
    private transient String newPassword;
    private transient String repeatedPassword;

    @PostConstruct
    public void load() {
        UserAccount account = ownAccount.mine();
        username = account.username();
        email = account.email();
        name = account.displayName();
    }

    public void changePassword() {
        errors.clear();
        try {
            ownAccount.changePassword(currentPassword, newPassword, repeatedPassword);
            OpenSessions.passwordChangedHere(session);
            Pages.info("Your password is changed. Use it the next time you sign in; wherever else you were signed in,"
                    + " you are signed out.");
        } catch (InvalidInput refused) {
            errors.show(refused);
        } finally {
            currentPassword = null;
            newPassword = null;
            repeatedPassword = null;
        }
    }

    public void rename() {
        errors.clear();
        try {
            Pages.info(
                    ownAccount.rename(name) ? "Your name is changed." : "That is your name already; nothing changed.");
        } catch (InvalidInput refused) {
            errors.show(refused);
        }
        name = ownAccount.mine().displayName();
    }

    public void changeEmail() {
        errors.clear();
        try {
            String address = ownAccount.requestEmailChange(newEmail);
            Pages.info("We sent a link to " + address
                    + ". Your address changes when you open it; until then mail goes to " + email + ".");
            newEmail = null;
        } catch (InvalidInput refused) {
            errors.show(refused);
        }
    }

    public FormErrors getErrors() {
        return errors;
    }

    public int getMinimumLength() {
        return PasswordPolicy.MINIMUM_LENGTH;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
