package org.reviewdesk.it.server;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Runs work as a caller in the SUBMITTER role ({@link RunsAs}). */
@Stateless
@PermitAll
@RunAs("SUBMITTER")
public class AsSubmitter extends RunsAs {}
