/**
 * File downloads ({@code AttachmentDownload}), each checked against who may see the request it belongs to.
 * Thin over {@code attachment}.
 */
package org.reviewdesk.attachment.web;
