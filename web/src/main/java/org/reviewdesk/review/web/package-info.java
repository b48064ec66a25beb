/**
 * The review staff's screens: the case queues with their keyset-paging lazy model, the case page, the
 * supervisor's reassignment and workload.
 */
package org.reviewdesk.review.web;
