package org.reviewdesk.configuration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Tells whoever started the server where to point a browser, once the application is ready to serve. */
@Singleton
@Startup
// After the demo cases, if any: the living demo is searchable once the server says it is ready.
@DependsOn({"SchemaMigration", "DemoAccounts", "DemoData", "DemoCases"})
public class ReadyAnnouncement {

    private static final Logger LOG = Logger.getLogger(ReadyAnnouncement.class.getName());

    @Inject
    Settings settings;

    @PostConstruct
    void announce() {
        LOG.info(() -> "Review Desk is ready: " + settings.publicUrl());
    }
}
