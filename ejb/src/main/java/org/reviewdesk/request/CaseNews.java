package org.reviewdesk.request;

/**
 * News about a case for one member of review staff (an answered or lapsed documentation request, a mention in an
 * internal note): a one-line headline and the text. Fired inside the transaction of what happened, so the mail is
 * queued exactly when that commits.
 */
public record CaseNews(TargetedReviewRequest request, String staffEmail, String headline, String text) {}
