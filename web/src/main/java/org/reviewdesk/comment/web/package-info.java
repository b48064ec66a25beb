/**
 * The threaded conversation as one Facelets include for the portal and the case page ({@code Conversation}).
 * Thin over {@code comment}.
 */
package org.reviewdesk.comment.web;
