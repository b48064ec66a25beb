/**
 * What all screens share: page redirects and 404s, download headers, the page-ID converter.
 * At the bottom of the web module: it depends on no other package of Review Desk.
 */
package org.reviewdesk.web;
