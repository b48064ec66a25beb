/**
 * What review staff see of one case, read in one go: the case, its files, documentation requests, audit trail,
 * possible duplicates and similar cases, and what the viewer may do to it, by the rules {@code review} enforces.
 */
package org.reviewdesk.caseview;
