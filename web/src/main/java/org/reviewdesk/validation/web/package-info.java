/**
 * {@code FormErrors}: the domain's field errors shown next to their fields.
 * Used by every screen that takes input.
 */
package org.reviewdesk.validation.web;
