/**
 * Tests in the suite's server (tag {@code server}): Arquillian inside the deployed EAR, or over HTTP against it,
 * with real queues, database, SMTP and IMAP; the harness only these tests use.
 */
package org.reviewdesk.it.server;
