/**
 * Field errors that name the field and the fix ({@code InvalidInput}), e-mail addresses and {@code PlainText},
 * the one rule against control characters and over-long text; at the bottom.
 */
package org.reviewdesk.validation;
