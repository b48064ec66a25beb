package org.reviewdesk.it.browser;

import java.nio.charset.StandardCharsets;
import org.reviewdesk.it.Browser;

/** What browser tests set up through the deployment's test seeds, as the signed-in user. */
final class Seeds {

    private Seeds() {}

    /**
     * A request submitted through intake for the signed-in submitter, by the deployment's {@link SubmittedRequestSeed};
     * returns its id.
     */
    static String submittedRequest(Browser browser) {
        return new String(
                        browser.download(browser.url("test-seed/submitted-request"))
                                .body(),
                        StandardCharsets.UTF_8)
                .trim();
    }
}
