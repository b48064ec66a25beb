/**
 * The submitter's screens: progress summary, the guided steps of {@code RequestEditor}, a request's details
 * and its PDF download.
 */
package org.reviewdesk.portal;
