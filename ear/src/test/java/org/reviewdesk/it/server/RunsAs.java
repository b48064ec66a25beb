package org.reviewdesk.it.server;

import java.util.concurrent.Callable;

/**
 * Test beans, deployed in the EJB module, that run work as a caller in another role than the tests'
 * own (the in-server tests run as an administrator: arquillian-runner-access.xml), to see what the
 * services let that caller do. Each subclass names its role with {@code @RunAs}.
 */
public abstract class RunsAs {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
