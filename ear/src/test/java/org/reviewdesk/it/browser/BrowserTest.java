package org.reviewdesk.it.browser;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reviewdesk.it.Browser;

/** A test that drives the deployed application from outside, in a fresh headless Chromium per test. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
abstract class BrowserTest {

    @ArquillianResource
    URL base;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(base);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
