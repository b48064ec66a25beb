/**
 * Settings read from system properties and the environment, the clocks, and the announcement that the
 * application is ready; at the bottom: it depends on no other package of Review Desk.
 */
package org.reviewdesk.configuration;
