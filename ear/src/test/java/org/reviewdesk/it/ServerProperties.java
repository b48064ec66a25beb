package org.reviewdesk.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/** System properties of the running server, set and removed as an operator would with the CLI. */
public final class ServerProperties {

    private ServerProperties() {}

    /** Sets (or, with null, removes) a system property of the running server. */
    public static void set(ManagementClient management, String name, String value) {
        ModelNode address = Operations.createAddress("system-property", name);
        try {
            management.getControllerClient().execute(Operations.createRemoveOperation(address));
            if (value != null) {
                ModelNode add = Operations.createAddOperation(address);
                add.get("value").set(value);
                ModelNode result = management.getControllerClient().execute(add);
                if (!Operations.isSuccessfulOutcome(result)) {
                    throw new AssertionError("Could not set " + name + ": " + Operations.getFailureDescription(result));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
