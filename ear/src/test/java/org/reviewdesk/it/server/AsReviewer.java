package org.reviewdesk.it.server;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Runs work as a caller in the REVIEWER role ({@link RunsAs}). */
@Stateless
@PermitAll
@RunAs("REVIEWER")
public class AsReviewer extends RunsAs {}
