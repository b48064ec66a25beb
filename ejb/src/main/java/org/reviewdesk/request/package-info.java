/**
 * The Targeted Review request and its rules: status machine, submission windows, certification, numbering,
 * the access rule, decisions and their reasons, the audit trail ({@code CaseHistory}); service {@code TargetedReviews}.
 */
package org.reviewdesk.request;
