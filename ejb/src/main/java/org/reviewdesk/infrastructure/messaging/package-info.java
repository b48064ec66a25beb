/**
 * The JNDI names of the JMS queues and their dead-letter queues ({@code Destinations}), shared by
 * their producers and message-driven beans.
 */
package org.reviewdesk.infrastructure.messaging;
