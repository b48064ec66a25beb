package org.reviewdesk.credentials.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.reviewdesk.credentials.PasswordResets;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;
import org.reviewdesk.validation.web.FormErrors;

/**
 * "Forgot your password?": takes a user name or e-mail address and gives the same answer whatever it is,
 * so the page tells nobody which accounts exist.
 */
@Named
@RequestScoped
public class ForgotPasswordPage {

    @EJB
    PasswordResets resets;

    public static final String FIELD = FormField.USER_NAME_OR_EMAIL.label();

    private final FormErrors errors = new FormErrors();
    private String usernameOrEmail;
    private String answer;

    public void send() {
        if (usernameOrEmail == null || usernameOrEmail.isBlank()) {
            answer = null;
            errors.show(new InvalidInput(FIELD, "enter the user name you sign in with, or your e-mail address"));
            return;
        }
        resets.forgotten(usernameOrEmail);
        answer = resets.answer();
        usernameOrEmail = null;
    }

    public String getUsernameOrEmail() {
        return usernameOrEmail;
    }

    public void setUsernameOrEmail(String usernameOrEmail) {
        this.usernameOrEmail = usernameOrEmail;
    }

    public FormErrors getErrors() {
        return errors;
    }

    public String getAnswer() {
        return answer;
    }
}
