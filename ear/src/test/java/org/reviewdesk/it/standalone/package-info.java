/**
 * Tests that start servers of their own (tag {@code own-server}): first start, living demo, and the crash and
 * restart tests (also tag {@code crash}) that kill a server and check what it kept.
 */
package org.reviewdesk.it.standalone;
