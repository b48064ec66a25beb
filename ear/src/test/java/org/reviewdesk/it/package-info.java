/**
 * Integration tests of Review Desk, sorted by kind into subpackages (each also a JUnit tag); this package holds the
 * harness they share: the browser driver, the test deployments, waiting, mailboxes, the standalone server.
 */
package org.reviewdesk.it;
