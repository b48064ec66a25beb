/**
 * The supervisors' submission windows screen: create, correct and extend a year's window with a reason.
 * Thin over {@code request}.
 */
package org.reviewdesk.request.web;
