package org.reviewdesk.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.concurrent.Callable;

/**
 * Test bean, deployed in the EJB module: runs work as a caller in the submitter role, to see what the
 * services let someone who is not an administrator do. (The in-server tests themselves run as an
 * administrator: arquillian-runner-access.xml.)
 */
@Stateless
@PermitAll
@RunAs("SUBMITTER")
public class AsSubmitter {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
