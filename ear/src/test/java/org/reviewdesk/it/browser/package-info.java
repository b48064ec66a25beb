/**
 * Browser tests (tag {@code browser}, from {@link org.reviewdesk.it.browser.BrowserTest}): Chromium driving the
 * screens as each role, axe-core on every screen; the seeds and page helpers only these tests use.
 */
package org.reviewdesk.it.browser;
