/**
 * The conversation about a request: threaded comments between the submitter's side and review staff, staff-only
 * internal notes, what is new to a reviewer; announces {@code CommentPosted} and {@code StaffCommented}.
 */
package org.reviewdesk.comment;
