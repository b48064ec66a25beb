package org.reviewdesk.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private final Settings settings = new Settings();

    @AfterEach
    void forgetTheSettings() {
        System.clearProperty("reviewdesk.demo");
        System.clearProperty("reviewdesk.demo-cases");
        System.clearProperty("reviewdesk.admin-link-validity");
        System.clearProperty("reviewdesk.smtp-host");
    }

    @Test
    void mailIsSentOnlyWhenAnSmtpServerIsConfigured() {
        assertFalse(settings.sendsMail(), "no REVIEWDESK_SMTP_HOST: mail is kept in the log");

        System.setProperty("reviewdesk.smtp-host", "smtp.example.org");
        assertTrue(settings.sendsMail());

        System.setProperty("reviewdesk.smtp-host", "NONE");
        assertFalse(settings.sendsMail(), "none says so explicitly");
    }

    @Test
    void aServerIsNoDemoUnlessItIsToldSo() {
        assertFalse(settings.demoMode());
    }

    @Test
    void theDemoCasesNeedTheirOwnSwitchAndDemoMode() {
        System.setProperty("reviewdesk.demo", "true");
        assertFalse(
                settings.demoCases(),
                "a demo server, like the integration tests' one, files no demo case unless told to");
        System.setProperty("reviewdesk.demo-cases", "true");
        assertTrue(settings.demoCases());
        System.setProperty("reviewdesk.demo", "false");
        assertFalse(settings.demoCases(), "never outside demo mode");
        System.setProperty("reviewdesk.demo", "true");
        System.setProperty("reviewdesk.demo-cases", "sure");
        IllegalStateException refused = assertThrows(IllegalStateException.class, settings::demoCases);
        assertTrue(refused.getMessage().contains("REVIEWDESK_DEMO_CASES"), refused.getMessage());
    }

    @Test
    void demoModeIsTurnedOnByItsSetting() {
        System.setProperty("reviewdesk.demo", "TRUE");

        assertTrue(settings.demoMode());
    }

    @Test
    void aDemoSettingThatIsNeitherTrueNorFalseIsRefusedNamingTheSetting() {
        System.setProperty("reviewdesk.demo", "yes");

        IllegalStateException refused = assertThrows(IllegalStateException.class, settings::demoMode);
        assertEquals("Setting reviewdesk.demo (REVIEWDESK_DEMO) must be true or false, not yes", refused.getMessage());
    }

    @Test
    void theFirstAdministratorsLinkWorksADayUnlessSetOtherwise() {
        assertEquals(Duration.ofHours(24), settings.adminLinkValidity());

        System.setProperty("reviewdesk.admin-link-validity", "PT2H");
        assertEquals(Duration.ofHours(2), settings.adminLinkValidity());
    }
}
