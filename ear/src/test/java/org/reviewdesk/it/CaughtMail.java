package org.reviewdesk.it;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The SMTP server a test's mail arrives at, on the port the application sends to (REVIEWDESK_SMTP_PORT), listening
 * from before each test until after it: {@code @RegisterExtension final CaughtMail smtp = new CaughtMail();}, then
 * {@link Mailboxes} picks what it received. For tests that run outside the server (browser tests); a test inside the
 * server starts its own with {@link Mailboxes#listen()}.
 */
public final class CaughtMail extends GreenMail implements BeforeEachCallback, AfterEachCallback {

    public CaughtMail() {
        super(Mailboxes.applicationSmtp());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stop();
    }
}
