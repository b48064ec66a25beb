/**
 * The reviewer's work on a case: queues, claiming and fair assignment, reassignment, documentation requests on
 * their 30-day clock, decisions, and {@code ReviewWork}, the guard against two people acting on one case at once.
 */
package org.reviewdesk.review;
