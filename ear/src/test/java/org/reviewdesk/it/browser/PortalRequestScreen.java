package org.reviewdesk.it.browser;

import java.nio.charset.StandardCharsets;
import org.reviewdesk.it.Browser;

/** The submitter's requests as the browser tests reach them; the browser is signed in as the submitter. */
final class PortalRequestScreen {

    private PortalRequestScreen() {}

    /**
     * A request submitted through intake for the signed-in submitter, by the deployment's {@link SubmittedRequestSeed};
     * returns its id.
     */
    static String seedSubmittedRequest(Browser browser) {
        return new String(
                        browser.download(browser.url("test-seed/submitted-request"))
                                .body(),
                        StandardCharsets.UTF_8)
                .trim();
    }
}
