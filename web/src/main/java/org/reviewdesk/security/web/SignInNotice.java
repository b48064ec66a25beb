package org.reviewdesk.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reviewdesk.configuration.Settings;
import org.reviewdesk.security.DemoAccounts;

/**
 * What the sign-in page tells a visitor beside the form: in demo mode only, the published password of the demo
 * accounts (DESIGN §8). Outside demo mode no account has a known password, so the page says nothing of one.
 */
@Named
@RequestScoped
public class SignInNotice {

    @Inject
    Settings settings;

    public boolean isDemo() {
        return settings.demoMode();
    }

    public String getDemoPassword() {
        return DemoAccounts.PASSWORD;
    }
}
